import { describe, expect, it } from 'vitest';
import {
	applyOrder,
	itemsByLane,
	layoutLanes,
	LANE_PAD,
	moveLane,
	positionOf,
	ROW_H,
	STRIP_H
} from '$lib/timeline/layout';
import type { Lane, TimelineItem } from '$lib/timeline/types';

const item = (
	id: string,
	lane: string,
	start: number,
	shape: TimelineItem['shape'] = 'point'
): TimelineItem => ({
	id,
	lane,
	label: id,
	shape,
	start,
	end: start,
	precision: 'day',
	open: false,
	dateText: '',
	status: 'verified',
	source: [],
	caveats: [],
	uncertain: false
});
const span = { start: 0, end: 1, precision: 'year' as const, open: false };
const lanes: Lane[] = [
	{ id: 'a', label: 'A', group: 'governance' },
	{
		id: 'series:b',
		label: 'B',
		group: 'conferences',
		series: { ref: 'b', cadence: 'every year', span }
	},
	{ id: 'c', label: 'C', group: 'milestones' }
];
const items = [
	item('a1', 'a', 0),
	item('a2', 'a', 10),
	item('b1', 'series:b', 0),
	item('b2', 'series:b', 500, 'expected'),
	item('c1', 'c', 0)
];

describe('layoutLanes', () => {
	const byLane = itemsByLane(items);
	it('stacks each lane and puts lanes one after another', () => {
		const { lanes: out, height } = layoutLanes(lanes, byLane, (t) => t, new Set());
		expect(out.map((l) => l.y)).toEqual([0, out[0]!.height, out[0]!.height + out[1]!.height]);
		expect(out[0]!.rows).toBe(2);
		expect(height).toBe(out.reduce((n, l) => n + l.height, 0));
	});
	it('keeps expected recurrences out of the stack, on a cadence strip', () => {
		const b = layoutLanes(lanes, byLane, (t) => t, new Set()).lanes[1]!;
		expect(b.expected.map((i) => i.id)).toEqual(['b2']);
		expect(b.placed.map((p) => p.item.id)).toEqual(['b1']);
		expect(b.rowsTop).toBe(LANE_PAD + STRIP_H);
	});
	it('a collapsed lane has one row and clusters the rest', () => {
		const a = layoutLanes(lanes, byLane, (t) => t, new Set(['a'])).lanes[0]!;
		expect(a.collapsed).toBe(true);
		expect(a.height).toBe(LANE_PAD * 2 + ROW_H * 2);
		expect(a.clusters[0]!.items.map((i) => i.id)).toEqual(['a2']);
	});
});

describe('lane order', () => {
	it('moves a lane up or down, not past the ends', () => {
		expect(moveLane(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
		expect(moveLane(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
	});
	it('applies a saved order, new lanes after it', () => {
		expect(applyOrder(lanes, ['c', 'a']).map((l) => l.id)).toEqual(['c', 'a', 'series:b']);
	});
});

describe('positionOf', () => {
	const out = layoutLanes(lanes, itemsByLane(items), (t) => t, new Set(['a'])).lanes;
	it('gives a placed item its mark position', () => {
		const c = out[2]!;
		expect(positionOf(out, items[4]!, (t) => t)).toEqual({
			item: items[4],
			x: 0,
			y: c.y + c.rowsTop + ROW_H / 2
		});
	});
	it('puts a clustered item on its lane cluster row', () => {
		const a = out[0]!;
		expect(positionOf(out, items[1]!, (t) => t)?.y).toBe(
			a.y + a.rowsTop + a.rows * ROW_H + ROW_H / 2
		);
	});
	it('is null for a lane not laid out', () => {
		expect(positionOf(out, { ...items[0]!, lane: 'zzz' }, (t) => t)).toBeNull();
	});
});
