/**
 * The one CSV writer of the app: every CSV download (tables, filtered tables, targets, decks) goes
 * through `toCsv`, which neutralises formula-like cells (`=`, `+`, `-`, `@`, tab, carriage return:
 * see `$lib/data/formula`) so a poisoned dataset or deck cannot run a formula in a spreadsheet.
 * `readCsv` (`$lib/data/csv`) takes the prefix off again, so a download loads back unchanged.
 * Plain numbers such as `-3.5` are written as they are. Pure.
 */
import Papa from 'papaparse';
import { neutraliseFormula } from '$lib/data/formula';

/** A cell value: text, a number, a boolean, a list (joined with `;`), or nothing (empty cell). */
export type CsvValue = string | number | boolean | null | undefined | readonly unknown[];

export interface CsvOptions {
	/** Line ending; `\r\n` (RFC 4180, the default) or `\n`. */
	newline?: '\r\n' | '\n';
}

/** The text of one cell, before escaping. */
export function cellString(value: CsvValue | unknown): string {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) return value.map((v) => cellString(v)).join(';');
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	return String(value);
}

/**
 * CSV text, header row first, of `rows` (objects keyed by column, or arrays in column order) with
 * the given `columns`. Every cell is neutralised; quotes and separators are quoted by papaparse.
 */
export function toCsv(
	rows: readonly (Readonly<Record<string, unknown>> | readonly unknown[])[],
	columns: readonly string[],
	options: CsvOptions = {}
): string {
	const data = rows.map((row) =>
		columns.map((c, i) =>
			neutraliseFormula(
				cellString(Array.isArray(row) ? row[i] : (row as Record<string, unknown>)[c])
			)
		)
	);
	return Papa.unparse(
		{ fields: columns.map(neutraliseFormula), data },
		{ newline: options.newline ?? '\r\n', escapeFormulae: false }
	);
}

/**
 * CSV text as a spreadsheet may safely open it: `text` unchanged when no cell needs neutralising
 * (so a shipped table downloads byte for byte), else re-written with every such cell escaped.
 */
export function safeCsvText(text: string): string {
	const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
	const rows = parsed.data;
	if (!rows.some((r) => r.some((c) => neutraliseFormula(c) !== c))) return text;
	const newline = text.includes('\r\n') ? '\r\n' : '\n';
	return (
		Papa.unparse(
			rows.map((r) => r.map(neutraliseFormula)),
			{ newline, escapeFormulae: false }
		) + (text.endsWith('\n') ? newline : '')
	);
}
