import { describe, expect, it } from 'vitest';
import {
	asOfYear,
	historyYears,
	nextHistoryYear,
	relationActiveIn,
	undated,
	yearRange
} from '$lib/graph/asOfYear';

const items = [
	{ startYear: 1865 },
	{ startYear: 1927, endYear: 1992 },
	{ startYear: 1992 },
	{},
	{ endYear: 2000 }
];

describe('the organisation as of a year', () => {
	it('reads a single year from the shared range, and nothing from a longer one', () => {
		expect(asOfYear({ from: 1950, to: 1950 })).toBe(1950);
		expect(asOfYear({ from: 2015, to: 2023 })).toBeNull();
		expect(asOfYear(null)).toBeNull();
		expect(yearRange(1950)).toEqual({ from: 1950, to: 1950 });
	});

	it('steps through the years at which something starts or has just ended', () => {
		const years = historyYears(items, 1865, 2030);
		expect(years).toEqual([1865, 1927, 1992, 1993, 2001]);
		expect(historyYears(items, 1900, 1995)).toEqual([1927, 1992, 1993]);
		expect(nextHistoryYear(years, null)).toBe(1865);
		expect(nextHistoryYear(years, 1950)).toBe(1992);
		expect(nextHistoryYear(years, 2001)).toBeNull();
	});

	it('keeps relations whose years overlap, and those without years', () => {
		expect(relationActiveIn({ startYear: 1927, endYear: 1992 }, yearRange(1950))).toBe(true);
		expect(relationActiveIn({ startYear: 1927, endYear: 1992 }, yearRange(1993))).toBe(false);
		expect(relationActiveIn({ startYear: 1992 }, yearRange(1950))).toBe(false);
		expect(relationActiveIn({}, yearRange(1950))).toBe(true);
	});

	it('counts the shown items whose dates are unknown', () => {
		expect(undated(items, [1, 1, 1, 1, 1])).toBe(1);
		expect(undated(items, [1, 1, 1, 0, 1])).toBe(0);
	});
});
