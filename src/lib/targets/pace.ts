/**
 * The pace of a series and the year it reaches a level at that pace: an ordinary least-squares
 * line through the recent values of ONE edition (editions are never joined), the uncertainty as
 * the slope ± one standard error. No projection from fewer than three values.
 */
import type { Observation, TargetKind } from '$lib/data/types';
import { compareEditions } from './editions';
import { direction, meets, type YearValue } from './path';

/** Values older than this many years before an edition's last value do not count as "recent". */
export const PACE_WINDOW = 6;
/** The fewest values a projection is drawn from. */
export const MIN_POINTS = 3;

export interface Fit {
	slope: number;
	/** Standard error of the slope (0 when the points lie on the line). */
	se: number;
	meanX: number;
	meanY: number;
}

/** Least-squares line through points (at least two distinct years), else null. */
export function fitLine(points: readonly YearValue[]): Fit | null {
	const n = points.length;
	if (n < 2) return null;
	const meanX = points.reduce((s, p) => s + p.year, 0) / n;
	const meanY = points.reduce((s, p) => s + p.value, 0) / n;
	const sxx = points.reduce((s, p) => s + (p.year - meanX) ** 2, 0);
	if (sxx === 0) return null;
	const slope = points.reduce((s, p) => s + (p.year - meanX) * (p.value - meanY), 0) / sxx;
	const rss = points.reduce((s, p) => s + (p.value - (meanY + slope * (p.year - meanX))) ** 2, 0);
	const se = n > 2 ? Math.sqrt(rss / (n - 2) / sxx) : 0;
	return { slope, se, meanX, meanY };
}

/** The year a line with `slope` through (meanX, meanY) reaches `level`, or null if it moves away. */
export function yearAt(
	fit: Pick<Fit, 'meanX' | 'meanY'>,
	slope: number,
	level: number,
	up: boolean
) {
	if (up ? slope <= 0 : slope >= 0) return null;
	return fit.meanX + (level - fit.meanY) / slope;
}

export interface Pace {
	edition: string;
	/** First and last year of the values used. */
	from: number;
	to: number;
	points: number;
	/** Change per year (in the unit) and its standard error. */
	slope: number;
	se: number;
	/** Year the level is reached at the fitted pace (rounded up), null if the trend moves away from it. */
	year: number | null;
	/** The range from slope ± one standard error; `late` null = not reached at the slower pace. */
	early: number | null;
	late: number | null;
	/** The dashed continuation: from the fitted value at `to` to the level (or to `until`). */
	line: [YearValue, YearValue];
}

/**
 * The pace of the most recent edition that has at least MIN_POINTS values within PACE_WINDOW years
 * of its last one, and when it reaches `level`. Null when no edition has enough values.
 * `until` caps the drawn continuation (e.g. the deadline), not the projected year.
 */
export function projectPace(
	counted: readonly Observation[],
	level: number,
	kind: TargetKind,
	until?: number
): Pace | null {
	const byEdition = new Map<string, Observation[]>();
	for (const o of counted) byEdition.set(o.edition, [...(byEdition.get(o.edition) ?? []), o]);
	const candidates = [...byEdition.entries()]
		.map(([edition, obs]) => {
			const last = Math.max(...obs.map((o) => o.year));
			const recent = obs.filter((o) => o.year > last - PACE_WINDOW).sort((a, b) => a.year - b.year);
			return { edition, last, recent };
		})
		.filter((c) => new Set(c.recent.map((o) => o.year)).size >= MIN_POINTS)
		.sort((a, b) => b.last - a.last || compareEditions(b.edition, a.edition));
	const best = candidates[0];
	if (!best) return null;
	const pts = best.recent.map((o) => ({ year: o.year, value: o.value }));
	const fit = fitLine(pts);
	if (!fit) return null;
	const up = direction(kind, pts[0]!.value) !== 'down';
	const ceil = (y: number | null) => (y === null ? null : Math.ceil(y - 1e-9));
	const at = (y: number) => fit.meanY + fit.slope * (y - fit.meanX);
	const lastPt = pts.at(-1)!;
	const reachedNow = meets(kind, lastPt.value, level);
	const year = reachedNow ? lastPt.year : ceil(yearAt(fit, fit.slope, level, up));
	const ends = [fit.slope - fit.se, fit.slope + fit.se].map((s) =>
		reachedNow ? lastPt.year : ceil(yearAt(fit, s, level, up))
	);
	const finite = ends.filter((y): y is number => y !== null);
	const early = finite.length ? Math.min(...finite) : null;
	const late = ends.includes(null) ? null : Math.max(...finite);
	const end = Math.min(year ?? Infinity, until ?? Infinity);
	const stop = Number.isFinite(end) ? Math.max(end, best.last) : best.last + 5;
	return {
		edition: best.edition,
		from: pts[0]!.year,
		to: best.last,
		points: pts.length,
		slope: fit.slope,
		se: fit.se,
		year,
		early,
		late,
		line: [
			{ year: best.last, value: at(best.last) },
			{ year: stop, value: year !== null && stop >= year ? level : at(stop) }
		]
	};
}
