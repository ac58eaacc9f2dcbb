/**
 * Reads one CSV table with papaparse into records keyed by column, each with its spreadsheet row
 * (header = row 1), and reports what is wrong with the file as a CSV table: not CSV at all,
 * missing or extra columns, bad quotes, rows with too few or too many values.
 */
import Papa from 'papaparse';
import { error } from './issues';
import { headerIssues } from './header';
import { notCsvProblem } from './sniff';
import type { ColumnSpec } from './schema';
import type { DataIssue } from './types';

/** One record of a table. */
export interface CsvRecord {
	/** Spreadsheet row number (header = 1, first record = 2), counting blank rows. */
	row: number;
	/** Cells of the known columns, trimmed; an empty cell is `undefined`. */
	values: Record<string, string | undefined>;
	/** Bad quotes or a wrong number of values: only its id is trusted (to avoid follow-on errors). */
	broken: boolean;
}

/** What `readCsv` makes of one file. */
export interface CsvTable {
	file: string;
	/** False when the file is not a CSV table at all (then `records` is empty). */
	readable: boolean;
	records: CsvRecord[];
	/** Required columns missing from the header row. */
	missingColumns: string[];
	issues: DataIssue[];
}

/**
 * Parses `text` as the table `file` with the columns of `spec`. Never throws on any string.
 * Blank rows are skipped but still counted, so row numbers match the spreadsheet (papaparse's
 * own `skipEmptyLines` would drop them before we can count them); quoted line breaks stay
 * inside their row.
 */
export function readCsv(file: string, text: string, spec: ColumnSpec): CsvTable {
	const unreadable = (message: string): CsvTable => ({
		file,
		readable: false,
		records: [],
		missingColumns: [],
		issues: [error(file, message)]
	});
	let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const problem = notCsvProblem(body, spec.columns);
	if (problem) return unreadable(problem);
	if (body.includes('\r')) body = body.replace(/\r\n?/g, '\n');
	const leading = /^(?:[ \t]*\n)*/.exec(body)?.[0] ?? '';
	const firstRow = 1 + countNewlines(leading);
	body = body.slice(leading.length);

	const header: string[] = [];
	const parsed = Papa.parse<Record<string, unknown>>(body, {
		header: true,
		delimiter: ',',
		newline: '\n',
		quoteChar: '"',
		dynamicTyping: false,
		skipEmptyLines: false,
		// Repeated names get a unique key here, so papaparse neither renames nor warns about them.
		transformHeader: (h: string, i: number) => {
			const name = h.trim();
			const key = header.includes(name) ? `${name}\u0000${i}` : name;
			header[i] = name;
			return key;
		}
	});
	const head = headerIssues(file, header, spec, firstRow);
	if (head.foreign) return unreadable(head.foreign);

	const broken = new Map<number, string>();
	for (const e of parsed.errors) {
		// Quote errors count the header row in `row`; field-count errors do not.
		const index = e.type === 'Quotes' ? (e.row ?? 1) - 1 : (e.row ?? 0);
		// An unclosed quote explains the other errors of its row: it wins.
		if (!broken.has(index) || e.code === 'MissingQuotes')
			broken.set(index, parseErrorMessage(e, header.length));
	}
	if (broken.has(-1)) head.issues.push(error(file, broken.get(-1)!, firstRow));

	const known = spec.columns.filter((c) => header.includes(c));
	const unnamedKeys = (parsed.meta.fields ?? []).filter((k) => k.split('\u0000')[0] === '');
	const records: CsvRecord[] = [];
	const issues = head.issues;
	let unnamedUsed = false;
	const data = parsed.data;
	for (let index = 0; index < data.length; index++) {
		const raw = data[index]!;
		const values: Record<string, string | undefined> = {};
		let anyText = false;
		for (const column of known) {
			const cell = raw[column];
			const value = typeof cell === 'string' ? cell.trim() : '';
			if (value === '') values[column] = undefined;
			else {
				values[column] = value;
				anyText = true;
			}
		}
		if (!anyText && isBlank(raw)) continue;
		const row = firstRow + 1 + index;
		if (head.unnamed && !unnamedUsed) unnamedUsed = unnamedKeys.some((k) => hasText(raw[k]));
		const problemText = broken.get(index);
		if (problemText) issues.push(error(file, problemText, row));
		records.push({ row, values, broken: problemText !== undefined });
	}
	if (unnamedUsed) issues.push(head.unnamed!);
	return { file, readable: true, records, missingColumns: head.missing, issues };
}

function countNewlines(text: string): number {
	let n = 0;
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
	return n;
}

function hasText(value: unknown): boolean {
	if (Array.isArray(value)) return value.some(hasText);
	return typeof value === 'string' && value.trim() !== '';
}

/** Papaparse's `'greedy'` test: a row whose cells are all blank. */
function isBlank(raw: Record<string, unknown>): boolean {
	for (const key in raw) if (hasText(raw[key])) return false;
	return true;
}

function parseErrorMessage(e: Papa.ParseError, columns: number): string {
	const values = /parsed (\d+)/.exec(e.message)?.[1] ?? '?';
	switch (e.code) {
		case 'MissingQuotes':
			return 'a quoted value is never closed (a " is missing), so the rest of the file was read as part of this row';
		case 'InvalidQuotes':
			return 'a quoted value is not closed where it should be: a " is missing or stray (a quote inside a quoted value is written "")';
		case 'TooManyFields':
			return `this row has ${values} values but the header has ${columns} columns (a value that contains a comma must be in double quotes)`;
		case 'TooFewFields':
			return `this row has ${values} values but the header has ${columns} columns (a comma is missing, or the row was cut short)`;
		default:
			return `this row cannot be read as CSV (${e.message})`;
	}
}
