/**
 * The Data page honours the shared filters where a table has the columns: the Sector filter keeps
 * rows whose `sectors` name one of the Sectors asked for, the year range keeps rows active in it
 * (a start and end year, an event's dates, an observation's or a fact's year), the status filter
 * keeps rows of those statuses. Rows of a table without such a column all stay. Pure.
 */
import { tableViews, type TableView } from '$lib/data/tables';
import type { Dataset } from '$lib/data/types';
import type { SharedState } from '../shared';
import { filterPhrases } from '../words';

type Row = Record<string, unknown>;

const yearOf = (v: unknown): number | undefined => {
	if (typeof v === 'number') return v;
	if (typeof v === 'object' && v !== null && typeof (v as { year?: unknown }).year === 'number')
		return (v as { year: number }).year;
	return undefined;
};

/** The first and last year a row is about, where it says. */
export function rowYears(r: Row): { from: number; to: number } | null {
	const from = yearOf(r.startYear) ?? yearOf(r.start) ?? yearOf(r.year);
	if (from === undefined) return null;
	const to = yearOf(r.endYear) ?? yearOf(r.end) ?? (r.startYear !== undefined ? Infinity : from);
	return { from, to };
}

/** Whether a row passes the shared filters that apply to it. */
export function rowPasses(r: Row, s: Pick<SharedState, 'sector' | 'years' | 'status'>): boolean {
	if (s.sector.length && Array.isArray(r.sectors)) {
		if (!s.sector.some((x) => (r.sectors as string[]).includes(x))) return false;
	}
	if (s.years) {
		const y = rowYears(r);
		if (y && (y.from > s.years.to || y.to < s.years.from)) return false;
	}
	if (s.status.length && typeof r.status === 'string') {
		if (!(s.status as string[]).includes(r.status)) return false;
	}
	return true;
}

/** The rows of a table that pass the shared filters. */
export function dataRows<T extends Row>(
	rows: readonly T[],
	s: Pick<SharedState, 'sector' | 'years' | 'status'>
): T[] {
	if (!s.sector.length && !s.years && !s.status.length) return [...rows];
	return rows.filter((r) => rowPasses(r, s));
}

/** What the Data page shows: every table, the one chosen, and its rows the shared filters keep. */
export interface DataModel {
	/** Every table, in file order. */
	tables: TableView[];
	/** The table shown: `table` (its file name without `.csv`), else entities. */
	selected: TableView;
	/** The rows of the table shown that pass the shared filters. */
	rows: Record<string, unknown>[];
	/** The shared filters that apply, in words (empty when none is on). */
	phrases: string[];
	/** Rows in every table together. */
	totalRows: number;
}

/** What the Data page shows for the shared state `s` and the table named `table`. */
export function dataModel(
	d: Dataset,
	s: Pick<SharedState, 'sector' | 'years' | 'status'>,
	table: string | null
): DataModel {
	const tables = tableViews(d);
	const selected =
		tables.find((v) => v.file === `${table}.csv`) ??
		tables.find((v) => v.file === 'entities.csv') ??
		tables[0]!;
	return {
		tables,
		selected,
		rows: dataRows(selected.rows, s),
		// SDGs and types do not apply to tables; Sector, years and status do where there is a column.
		phrases: filterPhrases({ ...s, sdg: [], type: [] }, d),
		totalRows: tables.reduce((n, v) => n + v.rows.length, 0)
	};
}
