/**
 * "Export what I see" on the Data page: the rows of a table as the search filters them (the user's
 * own rows included), as CSV through the app's one safe writer. Columns are those shown, in
 * `snake_case` as in `data/*.csv`, then the provenance columns. Pure.
 */
import { cellText, type TableView } from '$lib/data/tables';
import { toCsv } from '$lib/export/csv';

const snake = (key: string) => key.replace(/([A-Z])/g, '_$1').toLowerCase();

/** A list cell as in the dataset's files (`a;b`); anything else as the page shows it. */
const cell = (v: unknown) => (Array.isArray(v) ? v.map(cellText).join(';') : cellText(v));

export function viewCsv(table: TableView, rows: readonly Record<string, unknown>[]): string {
	const keys = table.columns.map((c) => c.key);
	if (table.file !== 'sources.csv') keys.push('status', 'statusNote', 'source');
	return toCsv(
		rows.map((r) => keys.map((k) => cell(r[k]))),
		keys.map(snake)
	);
}

/** The download's base name: the table, and `-search` when a search narrowed it. */
export const viewCsvBase = (table: TableView, query: string) =>
	table.file.replace(/\.csv$/, '') + (query.trim() ? '-search' : '-all');
