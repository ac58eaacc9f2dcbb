import { describe, expect, it } from 'vitest';
import { byDecade, visibleItems } from '$lib/timeline/decades';
import { step } from '$lib/timeline/nav';
import type { TimelineItem } from '$lib/timeline/types';
import { utc } from '$lib/timeline/dates';

const item = (id: string, year: number): TimelineItem => ({
	id,
	lane: 'l',
	label: id,
	shape: 'point',
	start: utc(year),
	end: utc(year + 1),
	precision: 'year',
	open: false,
	dateText: String(year),
	status: 'verified',
	source: [],
	caveats: [],
	uncertain: true
});
const lanes = [
	[item('a1', 1990), item('a2', 2003), item('a3', 2010)],
	[],
	[item('c1', 2001), item('c2', 2005)]
];

describe('keyboard stepping', () => {
	it('starts on the first item of the first non-empty lane', () =>
		expect(step(lanes, null, 'ArrowRight')).toEqual({ lane: 0, index: 0 }));
	it('Right and Left step through the lane in time order, stopping at the ends', () => {
		expect(step(lanes, { lane: 0, index: 0 }, 'ArrowRight')).toEqual({ lane: 0, index: 1 });
		expect(step(lanes, { lane: 0, index: 2 }, 'ArrowRight')).toBeNull();
		expect(step(lanes, { lane: 0, index: 0 }, 'ArrowLeft')).toBeNull();
	});
	it('Down and Up change lane, skipping empty lanes, to the item nearest in time', () => {
		expect(step(lanes, { lane: 0, index: 1 }, 'ArrowDown')).toEqual({ lane: 2, index: 0 });
		expect(step(lanes, { lane: 2, index: 1 }, 'ArrowUp')).toEqual({ lane: 0, index: 1 });
		expect(step(lanes, { lane: 2, index: 0 }, 'ArrowDown')).toBeNull();
	});
	it('Home and End go to the ends of the lane', () => {
		expect(step(lanes, { lane: 0, index: 1 }, 'End')).toEqual({ lane: 0, index: 2 });
		expect(step(lanes, { lane: 0, index: 1 }, 'Home')).toEqual({ lane: 0, index: 0 });
	});
});

describe('text alternative', () => {
	it('groups items by decade in time order', () => {
		const g = byDecade(lanes.flat());
		expect(g.map((d) => [d.decade, d.items.map((i) => i.id)])).toEqual([
			[1990, ['a1']],
			[2000, ['c1', 'a2', 'c2']],
			[2010, ['a3']]
		]);
	});
	it('lists only the items overlapping the visible range', () => {
		expect(visibleItems(lanes.flat(), utc(2002), utc(2006)).map((i) => i.id)).toEqual(['a2', 'c2']);
	});
});
