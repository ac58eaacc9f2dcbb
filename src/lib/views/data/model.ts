/**
 * The Data page honours the shared filters where a table has the columns: the Sector filter keeps
 * rows whose `sectors` name one of the Sectors asked for, the year range keeps rows active in it
 * (a start and end year, an event's dates, an observation's or a fact's year), the status filter
 * keeps rows of those statuses. Rows of a table without such a column all stay. Pure.
 */
import type { SharedState } from '../shared';

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
