/**
 * CSV text of a table a view exports, safe to open in a spreadsheet: a text cell that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return)
 * gets a leading `'` (the rule of `$lib/data/formula`: a plain number is never escaped). With a stamp,
 * every row also names the data version and build date (`data_version`, `data_built`). Pure.
 */
import { neutraliseFormula } from '$lib/data/formula';
import { cellString, toCsv } from './csv';
import type { DataStamp } from './stamp';

export type Cell = string | number | null | undefined;

/** A table: its columns in order and its rows, each a record of column → cell. */
export interface CsvTable {
	columns: readonly string[];
	rows: readonly Record<string, Cell>[];
}

/** The cell as written: empty for none, numbers as written, formula-like text neutralised. */
export function safeCell(value: Cell): string {
	return neutraliseFormula(cellString(value));
}

/** CSV text (header first, CRLF line ends) through the app's one writer, `toCsv`. */
export function tableCsv(t: CsvTable, stamp?: DataStamp): string {
	if (!stamp) return toCsv(t.rows, t.columns);
	const extra = { data_version: stamp.version, data_built: stamp.builtAt };
	return toCsv(
		t.rows.map((r) => ({ ...r, ...extra })),
		[...t.columns, 'data_version', 'data_built']
	);
}
