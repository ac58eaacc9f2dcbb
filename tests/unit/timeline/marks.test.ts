import { describe, expect, it } from 'vitest';
import { ROW_H } from '$lib/timeline/layout';
import { hitTest, markKind, markPaths } from '$lib/timeline/marks';
import type { Placed } from '$lib/timeline/stack';
import type { TimelineItem } from '$lib/timeline/types';

const item = (id: string, patch: Partial<TimelineItem> = {}): TimelineItem => ({
	id,
	lane: 'l',
	label: id,
	shape: 'point',
	start: 0,
	end: 0,
	precision: 'day',
	open: false,
	dateText: '',
	status: 'verified',
	source: [],
	caveats: [],
	uncertain: false,
	...patch
});
const placed = (
	id: string,
	x0: number,
	x1: number,
	row: number,
	patch: Partial<TimelineItem> = {},
	label: string | null = id
): Placed => ({ item: item(id, patch), x0, x1, row, label, labelX: x1 + 10 });

describe('markPaths', () => {
	const ps = [
		placed('p', 10, 10, 0),
		placed('u', 50, 50, 0, { uncertain: true }),
		placed('s', 90, 90, 1, { shape: 'instance' }),
		placed('b', 100, 200, 1, { shape: 'span', open: true }),
		placed('d', 300, 300, 0, { shape: 'deadline' })
	];
	const paths = markPaths(ps, (row) => 11 + row * ROW_H);
	it('puts each item in the path of its kind and certainty', () => {
		expect(ps.map(markKind)).toEqual(['dot', 'dot', 'square', 'bar', 'flag']);
		expect(paths.dot.certain).toMatch(/^M5,11a5,5/);
		expect(paths.dot.uncertain).toMatch(/^M45,11a5,5/);
		expect(paths.square.certain).toBe('M85,28h10v10h-10Z');
		expect(paths.bar.certain).toBe('M100,27h100v12h-100Z');
		expect(paths.arrow.certain).toBe('M200,26l7,7l-7,7Z');
		expect(paths.flag.certain).toBe('M300,19V3l9,4l-9,4');
	});
	it('gives empty strings for kinds not present', () => expect(paths.square.uncertain).toBe(''));
	it('draws an uncertain bar thin, under its label', () => {
		const p = markPaths([placed('y', 0, 50, 0, { shape: 'span', uncertain: true })], () => 11);
		expect(p.bar.uncertain).toBe('M0,15h50v5h-50Z');
	});
});

describe('hitTest', () => {
	const ps = [
		placed('a', 100, 100, 0),
		placed('b', 130, 130, 0),
		placed('c', 100, 300, 1, { shape: 'span' }, null)
	];
	const y0 = ROW_H / 2;
	it('finds the mark under the pointer, in the right row', () => {
		expect(hitTest(ps, 0, 102, y0)?.id).toBe('a');
		expect(hitTest(ps, 0, 129, y0)?.id).toBe('b');
		expect(hitTest(ps, 0, 250, y0 + ROW_H)?.id).toBe('c');
	});
	it('counts a shown label as its item', () => expect(hitTest(ps, 0, 145, y0)?.id).toBe('b'));
	it('finds nothing in empty space or another row', () => {
		expect(hitTest(ps, 0, 500, y0)).toBeNull();
		expect(hitTest(ps, 0, 102, y0 + 2 * ROW_H)).toBeNull();
	});
});
