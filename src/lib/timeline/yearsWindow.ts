/**
 * The time window for the shared year range: the brushed years with a margin either side, so
 * events at their edges are not cut, as UTC ms. Set from a link or a briefing step, the timeline
 * glides to it.
 */
import type { YearRange } from '$lib/filters/years';
import { utc } from './dates';
import { DOMAIN } from './scale';

const YEAR_MS = 365 * 864e5;

/** The brushed years as UTC ms: from 1 January of `from` to the end of `to`. */
export function yearsSpan(years: YearRange): [number, number] {
	return [utc(years.from), utc(years.to + 1)];
}

/** The window that shows `years`: a fifth of their span (at least a year) added on each side. */
export function yearsWindow(years: YearRange): [number, number] {
	const [a, b] = yearsSpan(years);
	const pad = Math.max((b - a) / 5, YEAR_MS);
	return [Math.max(DOMAIN[0], a - pad), Math.min(DOMAIN[1], b + pad)];
}
