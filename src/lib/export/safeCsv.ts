/**
 * CSV text of a table a view exports, safe to open in a spreadsheet: a text cell that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return)
 * gets a leading `'`. Numbers are written as numbers (a number is never a formula). With a stamp,
 * every row also names the data version and build date (`data_version`, `data_built`). Pure.
 */
import Papa from 'papaparse';
import type { DataStamp } from './stamp';

export type Cell = string | number | null | undefined;

/** A table: its columns in order and its rows, each a record of column → cell. */
export interface CsvTable {
	columns: readonly string[];
	rows: readonly Record<string, Cell>[];
}

const FORMULA = /^[=+\-@\t\r]/;

/** The cell as text: empty for none, numbers as written, formula-like text neutralised. */
export function safeCell(value: Cell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	return FORMULA.test(value) ? `'${value}` : value;
}

/** CSV text (header first, CRLF line ends as papaparse writes them). */
export function tableCsv(t: CsvTable, stamp?: DataStamp): string {
	const extra = stamp ? [stamp.version, stamp.builtAt] : [];
	return Papa.unparse({
		fields: [...t.columns, ...(stamp ? ['data_version', 'data_built'] : [])].map(safeCell),
		data: t.rows.map((r) => [...t.columns.map((c) => safeCell(r[c])), ...extra])
	});
}
