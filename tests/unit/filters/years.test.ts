import { describe, expect, it } from 'vitest';
import type { AtlasNode } from '$lib/data/types';
import { matchesAll, NO_FILTERS } from '$lib/filters/facets';
import { activeIn, normaliseYears } from '$lib/filters/years';

const R = { from: 2015, to: 2023 };

describe('activeIn', () => {
	it.each([
		[{ startYear: 2003, endYear: 2003 }, false],
		[{ startYear: 2010, endYear: 2015 }, true],
		[{ startYear: 2019 }, true],
		[{ startYear: 1865 }, true],
		[{ startYear: 2024 }, false],
		[{ endYear: 2030 }, true],
		[{ endYear: 2010 }, false],
		[{}, true]
	])('%o in 2015–2023: %s', (node, want) => expect(activeIn(node, R)).toBe(want));
	it('no range lets everything through', () =>
		expect(activeIn({ startYear: 1900, endYear: 1901 }, null)).toBe(true));
});

describe('normaliseYears', () => {
	it('orders, rounds and clamps to 1865–2030', () => {
		expect(normaliseYears(2023.4, 2014.6)).toEqual({ from: 2015, to: 2023 });
		expect(normaliseYears(1700, 2100)).toEqual({ from: 1865, to: 2030 });
	});
});

describe('the shared filter honours the year range', () => {
	const node = (id: string, startYear?: number, endYear?: number) =>
		({
			id,
			name: id,
			kind: 'entity',
			type: 'initiative',
			sectors: [],
			aliases: [],
			startYear,
			endYear,
			status: 'verified',
			source: [],
			origin: { file: '', row: 2 }
		}) as AtlasNode;
	it('hides nodes not active in the range', () => {
		const f = { ...NO_FILTERS, years: R };
		expect(matchesAll(node('wsis-2003', 2003, 2003), f, new Map())).toBe(false);
		expect(matchesAll(node('giga', 2019), f, new Map())).toBe(true);
		expect(matchesAll(node('wsis-2003', 2003, 2003), NO_FILTERS, new Map())).toBe(true);
	});
});
