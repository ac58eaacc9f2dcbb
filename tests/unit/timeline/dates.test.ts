import { describe, expect, it } from 'vitest';
import {
	dateInterval,
	formatRange,
	fractionalYear,
	parseDate,
	parseRange,
	spanInterval,
	utc,
	yearSpan
} from '$lib/timeline/dates';

const NOW = utc(2026, 11, 23);

describe('parseDate', () => {
	it.each([
		['1865', { year: 1865, precision: 'year' }],
		['2010-05', { year: 2010, month: 5, precision: 'month' }],
		['2003-12-10', { year: 2003, month: 12, day: 10, precision: 'day' }],
		['2024-02-29', { year: 2024, month: 2, day: 29, precision: 'day' }]
	])('reads %s', (text, want) => expect(parseDate(text)).toMatchObject({ ...want, text }));

	it.each(['19x2', '2003-13', '2023-02-29', '2003-1-5', '', '10/12/2003'])('rejects %j', (text) =>
		expect(parseDate(text)).toBeUndefined()
	);
});

describe('dateInterval', () => {
	it('covers a whole year for a year-only date', () => {
		expect(dateInterval(parseDate('2017')!)).toEqual({
			start: utc(2017),
			end: utc(2018),
			precision: 'year',
			open: false
		});
	});
	it('covers a month, rolling over December', () => {
		expect(dateInterval(parseDate('2024-12')!)).toMatchObject({
			start: utc(2024, 12),
			end: utc(2025),
			precision: 'month'
		});
	});
	it('covers one day for a full date', () => {
		const iv = dateInterval(parseDate('2003-12-31')!);
		expect(iv.end - iv.start).toBe(864e5);
		expect(iv.end).toBe(utc(2004));
	});
});

describe('ranges and open ends', () => {
	it('spans from the start of the start to the end of the end', () => {
		expect(parseRange('2003-12-10/2003-12-12')).toEqual({
			start: utc(2003, 12, 10),
			end: utc(2003, 12, 13),
			precision: 'day',
			open: false
		});
	});
	it('keeps the coarser precision of mixed ends', () => {
		expect(parseRange('1992-12-07/1993')).toMatchObject({ end: utc(1994), precision: 'year' });
	});
	it('treats an empty end as continuing to now', () => {
		expect(parseRange('2019/', NOW)).toEqual({
			start: utc(2019),
			end: NOW,
			precision: 'year',
			open: true
		});
	});
	it('a single date is a closed interval', () => expect(parseRange('2010-05')?.open).toBe(false));
	it.each(['2005/2003', 'x/2003', '2003/2004/2005'])('rejects %s', (t) =>
		expect(parseRange(t)).toBeUndefined()
	);

	it('entity years: an end year includes that year; no end year is open', () => {
		expect(yearSpan(1992, 2000)).toMatchObject({ start: utc(1992), end: utc(2001), open: false });
		expect(yearSpan(2019, undefined, NOW)).toMatchObject({ end: NOW, open: true });
	});
	it('an event without an end is its start date, unless marked open', () => {
		const d = parseDate('2017')!;
		expect(spanInterval(d)).toEqual(dateInterval(d));
		expect(spanInterval(d, undefined, true, NOW)).toMatchObject({ end: NOW, open: true });
	});
});

describe('formatting', () => {
	it.each([
		['2003-12-10', '2003-12-12', '10–12 December 2003'],
		['1992-12-07', '1992-12-22', '7–22 December 1992'],
		['2019-10-28', '2019-11-22', '28 October – 22 November 2019'],
		['2010-05', undefined, 'May 2010'],
		['2017', '2019', '2017 – 2019']
	])('%s to %s', (a, b, want) =>
		expect(formatRange(parseDate(a)!, b ? parseDate(b) : undefined)).toBe(want)
	);

	it('fractional years', () => {
		expect(fractionalYear(utc(2003))).toBe(2003);
		expect(fractionalYear(utc(2003, 7, 2))).toBeCloseTo(2003.5, 2);
	});
});
