/**
 * Dates as the data writes them (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, and `A/B` ranges with an open
 * end `A/`) turned into intervals of UTC milliseconds that keep how precisely they are known.
 */
import type { PartialDate } from '$lib/data/types';
import { monthName } from '$lib/i18n/format';
import type { Interval, Precision } from './types';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
// English month names from Intl (the dates below are English phrases until the timeline's strings
// move to the catalogues; a localized date is $lib/i18n/format's formatDate).
const MONTHS = Array.from({ length: 12 }, (_, i) => monthName(i + 1, 'en'));

/** UTC ms of the first instant of `year` (month and day 1-based; overflow rolls over). Years ≥ 100. */
export function utc(year: number, month = 1, day = 1): number {
	return Date.UTC(year, month - 1, day);
}

/** The year (with a fraction) that `ms` falls in: 2003-07-02 → ~2003.5. */
export function fractionalYear(ms: number): number {
	const y = new Date(ms).getUTCFullYear();
	const a = utc(y);
	return y + (ms - a) / (utc(y + 1) - a);
}

/** A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` text as a partial date, or undefined if it is not a real one. */
export function parseDate(text: string): PartialDate | undefined {
	const m = DATE.exec(text.trim());
	if (!m) return undefined;
	const year = Number(m[1]);
	if (m[2] === undefined) return { year, precision: 'year', text };
	const month = Number(m[2]);
	if (month < 1 || month > 12) return undefined;
	if (m[3] === undefined) return { year, month, precision: 'month', text };
	const day = Number(m[3]);
	if (day < 1 || utc(year, month, day) >= utc(year, month + 1)) return undefined;
	return { year, month, day, precision: 'day', text };
}

/** The whole stretch a partial date covers: a year-only date covers its year. */
export function dateInterval(d: PartialDate): Interval {
	const { year, month, day } = d;
	if (month === undefined)
		return { start: utc(year), end: utc(year + 1), precision: 'year', open: false };
	if (day === undefined)
		return { start: utc(year, month), end: utc(year, month + 1), precision: 'month', open: false };
	return {
		start: utc(year, month, day),
		end: utc(year, month, day + 1),
		precision: 'day',
		open: false
	};
}

const coarser = (a: Precision, b: Precision): Precision => {
	const rank: Precision[] = ['day', 'month', 'year', 'window'];
	return rank[Math.max(rank.indexOf(a), rank.indexOf(b))]!;
};

/**
 * From the start of `start` to the end of `end`. With no end, the interval is the start date alone,
 * unless `openEnd` says it is still continuing (then it runs to `now`, flagged open).
 */
export function spanInterval(
	start: PartialDate,
	end?: PartialDate,
	openEnd = false,
	now = Date.now()
): Interval {
	const a = dateInterval(start);
	if (end) {
		const b = dateInterval(end);
		return {
			start: a.start,
			end: Math.max(b.end, a.end),
			precision: coarser(a.precision, b.precision),
			open: false
		};
	}
	if (openEnd) return { ...a, end: Math.max(a.end, now), open: true };
	return a;
}

/** Years as written on an entity (`start_year`, `end_year`; no end year = continuing). */
export function yearSpan(startYear: number, endYear?: number, now = Date.now()): Interval {
	if (endYear !== undefined)
		return {
			start: utc(startYear),
			end: utc(Math.max(endYear, startYear) + 1),
			precision: 'year',
			open: false
		};
	return {
		start: utc(startYear),
		end: Math.max(utc(startYear + 1), now),
		precision: 'year',
		open: true
	};
}

/** Parses `A`, `A/B` or `A/` (open end); undefined when either side is not a date or B precedes A. */
export function parseRange(text: string, now = Date.now()): Interval | undefined {
	const [a, b, ...rest] = text.split('/');
	if (rest.length || a === undefined) return undefined;
	const start = parseDate(a);
	if (!start) return undefined;
	if (b === undefined) return dateInterval(start);
	if (b.trim() === '') return spanInterval(start, undefined, true, now);
	const end = parseDate(b);
	if (!end || dateInterval(end).end < dateInterval(start).start) return undefined;
	return spanInterval(start, end);
}

/** "2003", "December 2003" or "10 December 2003". */
export function formatDate(d: PartialDate): string {
	if (d.month === undefined) return String(d.year);
	const m = MONTHS[d.month - 1];
	return d.day === undefined ? `${m} ${d.year}` : `${d.day} ${m} ${d.year}`;
}

/** A date or a range in words, sharing the month and year where they match: "10–12 December 2003". */
export function formatRange(start: PartialDate, end?: PartialDate): string {
	if (!end || end.text === start.text) return formatDate(start);
	const sameYear = start.year === end.year;
	if (sameYear && start.month === end.month && start.day !== undefined && end.day !== undefined)
		return `${start.day}–${end.day} ${MONTHS[start.month! - 1]} ${start.year}`;
	if (sameYear && start.day !== undefined && end.day !== undefined)
		return `${start.day} ${MONTHS[start.month! - 1]} – ${formatDate(end)}`;
	return `${formatDate(start)} – ${formatDate(end)}`;
}
