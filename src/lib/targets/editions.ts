/**
 * Report editions. ITU revises past figures in every Facts and Figures edition, so values from two
 * editions are never joined into one line: a series is one indicator, one region and one edition.
 */
import type { Observation } from '$lib/data/types';

/**
 * A sortable publication date for an edition label: the last `YYYY` in it, with `-MM` when given
 * ("WDI 2024-09" → 202409). A year alone counts as December of that year ("ITU Facts and Figures
 * 2024" → 202412), so it sorts after a dated vintage of the same year. Null when the label has no year.
 */
export function editionDate(edition: string): number | null {
	const found = [...edition.matchAll(/(?<!\d)((?:19|20)\d{2})(?:-(0[1-9]|1[0-2]))?(?!\d)/g)];
	const m = found.at(-1);
	if (!m) return null;
	return Number(m[1]) * 100 + (m[2] ? Number(m[2]) : 12);
}

/** Oldest first: by date (labels without a year first), then alphabetically. */
export function compareEditions(a: string, b: string): number {
	const da = editionDate(a) ?? -1;
	const db = editionDate(b) ?? -1;
	return da - db || (a < b ? -1 : a > b ? 1 : 0);
}

/** The newest of some edition labels, or undefined for none. */
export function latestEdition(editions: Iterable<string>): string | undefined {
	let best: string | undefined;
	for (const e of editions) if (best === undefined || compareEditions(e, best) > 0) best = e;
	return best;
}

/** One line of a chart: one indicator in one region as one edition reports it. */
export interface Series {
	key: string;
	indicator: string;
	region: string;
	edition: string;
	/** Sorted by year. */
	points: Observation[];
}

/** Region names compare without case or surrounding spaces ("World" = "world "). */
export const sameRegion = (a: string | undefined, b: string | undefined) =>
	(a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/**
 * Groups observations into series by indicator, region and edition (never across editions).
 * Series are ordered by indicator, region, then edition oldest first.
 */
export function groupSeries(observations: readonly Observation[]): Series[] {
	const byKey = new Map<string, Series>();
	for (const o of observations) {
		const key = `${o.indicator}|${o.region.trim().toLowerCase()}|${o.edition}`;
		let s = byKey.get(key);
		if (!s) {
			s = { key, indicator: o.indicator, region: o.region.trim(), edition: o.edition, points: [] };
			byKey.set(key, s);
		}
		s.points.push(o);
	}
	const out = [...byKey.values()];
	for (const s of out) s.points.sort((a, b) => a.year - b.year);
	return out.sort(
		(a, b) =>
			a.indicator.localeCompare(b.indicator) ||
			a.region.localeCompare(b.region) ||
			compareEditions(a.edition, b.edition)
	);
}

/**
 * The value a set of editions gives for one year: the latest edition that reports that year wins
 * (a later edition revises an earlier one). Undefined when no edition has the year.
 */
export function latestFor(
	observations: readonly Observation[],
	year: number
): Observation | undefined {
	let best: Observation | undefined;
	for (const o of observations) {
		if (o.year !== year) continue;
		if (!best || compareEditions(o.edition, best.edition) > 0) best = o;
	}
	return best;
}
