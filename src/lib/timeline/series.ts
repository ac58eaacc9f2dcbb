/**
 * Recurring series (PP, WRC, WTISD, …): the dated instances the data records, and the recurrences
 * the cadence implies in between and up to 2030. An implied recurrence is an `expected` item,
 * drawn hollow and worded as such: it is never presented as a dated event.
 */
import type { Cadence, Entity, EventItem } from '$lib/data/types';
import { formatDate } from '$lib/i18n/format';
import { utc } from './dates';
import { eventItem, shortName } from './items';
import type { TimelineItem } from './types';

/** The last year the cadence is projected to. */
export const LAST_YEAR = 2030;

/** Smallest and largest gap in years between meetings; undefined for irregular series. */
export const CADENCE_STEP: Record<Cadence, [number, number] | undefined> = {
	annual: [1, 1],
	biennial: [2, 2],
	'every-3-years': [3, 3],
	'every-3-4-years': [3, 4],
	'every-4-years': [4, 4],
	irregular: undefined
};

export const CADENCE_WORDS: Record<Cadence, string> = {
	annual: 'every year',
	biennial: 'every 2 years',
	'every-3-years': 'every 3 years',
	'every-3-4-years': 'every 3 to 4 years',
	'every-4-years': 'every 4 years',
	irregular: 'irregularly'
};

/** Most meetings a gap may be missing for the cadence to be trusted across it. */
const MAX_MISSING = 3;

/**
 * The meetings the cadence implies between two recorded ones, `a` and `b`: only when the gap is a
 * whole number of steps (at most `MAX_MISSING` missing); an irregular gap implies nothing.
 */
function bridge(a: number, b: number, [s0, s1]: [number, number]): [number, number][] {
	const gap = b - a;
	for (let n = 2; n <= MAX_MISSING + 1; n++) {
		if (gap < n * s0 || gap > n * s1) continue;
		const out: [number, number][] = [];
		for (let i = 1; i < n; i++) out.push([a + i * s0, Math.min(a + i * s1, b - s0)]);
		return out;
	}
	return [];
}

/**
 * Windows of years `[lo, hi]` in which the cadence implies a meeting that `years` does not record:
 * in regular gaps between recorded meetings (from `anchor` on), and after the last one up to `last`.
 */
export function expectedWindows(
	years: number[],
	cadence: Cadence | undefined,
	anchor: number | undefined,
	last: number
): [number, number][] {
	const step = cadence && CADENCE_STEP[cadence];
	if (!step || anchor === undefined) return [];
	const known = [...new Set(years)].filter((y) => y > anchor).sort((a, b) => a - b);
	const out: [number, number][] = [];
	let prev = anchor;
	for (const y of known) {
		out.push(...bridge(prev, y, step).filter(([lo]) => lo <= last));
		prev = y;
	}
	let [lo, hi] = [prev, prev];
	for (;;) {
		[lo, hi] = [lo + step[0], hi + step[1]];
		if (lo > last) break;
		out.push([lo, Math.min(hi, last)]);
	}
	return out;
}

/**
 * Items of one series lane: its instances (highlighted) and the expected recurrences. Annual
 * series on a fixed day are expanded from the start year; others from the first recorded meeting.
 */
export function expandSeries(
	series: Entity,
	instances: EventItem[],
	lane: string,
	now = Date.now()
): TimelineItem[] {
	const items = instances.map((e) => eventItem(e, lane, 'instance', now));
	const years = instances.map((e) => e.start.year);
	const first = years.length ? Math.min(...years) : undefined;
	const fixed = series.cadence === 'annual' && series.fixedDate ? series.fixedDate : undefined;
	const candidates = fixed ? [series.startYear, first] : [first ?? series.startYear];
	const known = candidates.filter((y): y is number => y !== undefined);
	const anchor = known.length ? Math.min(...known) : undefined;
	const last = Math.min(series.endYear ?? LAST_YEAR, LAST_YEAR);
	const windows = expectedWindows(years, series.cadence, anchor, last);
	if (fixed && anchor !== undefined && !years.includes(anchor)) windows.unshift([anchor, anchor]);
	const [mm, dd] = fixed ? fixed.split('-').map(Number) : [];
	for (const [lo, hi] of windows) {
		const start = mm && dd ? utc(lo, mm, dd) : utc(lo);
		const end = mm && dd ? utc(lo, mm, dd + 1) : utc(hi + 1);
		const when = mm && dd ? formatDate(start, 'en') : lo === hi ? String(lo) : `${lo} or ${hi}`;
		const future = start > now;
		items.push({
			id: `expected:${series.id}:${lo}`,
			ref: series.id,
			lane,
			label: `${shortName(series)} (expected)`,
			shape: 'expected',
			start,
			end,
			precision: mm ? 'day' : lo === hi ? 'year' : 'window',
			open: false,
			dateText: `${when} (expected)`,
			status: series.status,
			statusNote: series.statusNote,
			source: series.source,
			caveats: [
				future
					? `Expected from the cadence (${CADENCE_WORDS[series.cadence!]}); not yet in the data.`
					: `Implied by the cadence (${CADENCE_WORDS[series.cadence!]}); the data records no meeting.`
			],
			uncertain: true
		});
	}
	return items.sort((a, b) => a.start - b.start);
}
