/**
 * "The organisation as of a year": the graph's year control shares `years=` with the timeline, a
 * single year written as `years=1950-1950`. Which bodies and relations existed then is decided by
 * `activeIn` (nodes in `visibility`, relations too); these helpers give the control its steps and
 * its words. Pure.
 */
import { activeIn, type YearRange } from '$lib/filters/years';

interface Dated {
	startYear?: number;
	endYear?: number;
}

/** The year the control shows: the single year of the range, or null for none or a longer range. */
export function asOfYear(range: YearRange | null | undefined): number | null {
	return range && range.from === range.to ? range.from : null;
}

/** The range for one year. */
export const yearRange = (year: number): YearRange => ({ from: year, to: year });

/**
 * The years at which the picture changes, in order, within [min, max]: every start year and the
 * year after every end year. Playing steps through them.
 */
export function historyYears(items: readonly Dated[], min: number, max: number): number[] {
	const years = new Set<number>();
	for (const { startYear: a, endYear: b } of items) {
		if (a !== undefined && a >= min && a <= max) years.add(a);
		if (b !== undefined && b + 1 >= min && b + 1 <= max) years.add(b + 1);
	}
	return [...years].sort((x, y) => x - y);
}

/** The next step after `year` (the first history year when there is none yet); null at the end. */
export function nextHistoryYear(years: readonly number[], year: number | null): number | null {
	if (year === null) return years[0] ?? null;
	return years.find((y) => y > year) ?? null;
}

/** Whether a relation held in `range` (no years known: it stays, as a node does). */
export const relationActiveIn = (r: Dated, range: YearRange | null | undefined) =>
	activeIn(r, range);

/** How many of the shown items have no known year at all (they stay visible, and the control says so). */
export function undated(items: readonly Dated[], shown: ArrayLike<number>): number {
	let n = 0;
	items.forEach((it, i) => {
		if (shown[i] && it.startYear === undefined && it.endYear === undefined) n++;
	});
	return n;
}
