import { describe, expect, it } from 'vitest';
import { DEFAULT_STACK, stackLane, textWidth, truncate, type Placed } from '$lib/timeline/stack';
import type { TimelineItem } from '$lib/timeline/types';

/** Items on a pixel axis: `start`/`end` are pixels here (x is the identity). */
function it_(
	id: string,
	start: number,
	end = start,
	shape: TimelineItem['shape'] = 'point',
	label = id
): TimelineItem {
	return {
		id,
		lane: 'l',
		label,
		shape,
		start,
		end,
		precision: 'day',
		open: false,
		dateText: '',
		status: 'verified',
		source: [],
		caveats: [],
		uncertain: false
	};
}
const x = (ms: number) => ms;
const opts = { ...DEFAULT_STACK, maxRows: 4, charWidth: 10 };

/** Horizontal extents of everything drawn in a row (marks and shown labels). */
function extents(placed: Placed[]) {
	return placed.map((p) => {
		const markEnd = p.x1 === p.x0 ? p.x0 + opts.radius : p.x1;
		const labelEnd = p.label ? p.labelX + p.label.length * opts.charWidth : markEnd;
		return {
			row: p.row,
			a: p.x1 === p.x0 ? p.x0 - opts.radius : p.x0,
			b: Math.max(markEnd, labelEnd)
		};
	});
}

describe('stackLane', () => {
	it('keeps well-spaced points in one row, labelled', () => {
		const out = stackLane([it_('a', 0), it_('b', 200), it_('c', 400)], x, opts);
		expect(out.rows).toBe(1);
		expect(out.placed.map((p) => p.label)).toEqual(['a', 'b', 'c']);
		expect(out.clusters).toEqual([]);
	});

	it('stacks close items into rows instead of overlapping them', () => {
		const out = stackLane([it_('alpha', 0), it_('beta', 20), it_('gamma', 40)], x, opts);
		expect(out.placed.map((p) => p.row)).toEqual([0, 1, 2]);
	});

	it('never lets labels or marks overlap within a row, however dense', () => {
		const items = Array.from({ length: 300 }, (_, i) =>
			it_(`item-${i}`, Math.round((i * 37) % 2000), undefined, 'point', `Event number ${i}`)
		).sort((a, b) => a.start - b.start);
		const out = stackLane(items, x, opts);
		const ex = extents(out.placed);
		for (let r = 0; r < out.rows; r++) {
			const row = ex.filter((e) => e.row === r).sort((a, b) => a.a - b.a);
			for (let i = 1; i < row.length; i++) expect(row[i]!.a).toBeGreaterThanOrEqual(row[i - 1]!.b);
		}
		expect(out.rows).toBeLessThanOrEqual(opts.maxRows);
		expect(out.placed.length + out.clusters.reduce((n, c) => n + c.items.length, 0)).toBe(300);
	});

	it('clusters what does not fit in the rows, with the time range to zoom to', () => {
		const items = Array.from({ length: 8 }, (_, i) => it_(`p${i}`, 100 + i));
		const out = stackLane(items, x, { ...opts, maxRows: 2 });
		expect(out.placed).toHaveLength(2);
		expect(out.clusters).toHaveLength(1);
		expect(out.clusters[0]).toMatchObject({ start: 102, end: 107 });
		expect(out.clusters[0]!.items).toHaveLength(6);
	});

	it('a cluster expands when zoomed: the same items spread out stack without clustering', () => {
		const items = Array.from({ length: 8 }, (_, i) => it_(`p${i}`, 100 + i));
		const zoomed = stackLane(items, (ms) => ms * 100, { ...opts, maxRows: 2 });
		expect(zoomed.clusters).toEqual([]);
	});

	it('hides a neighbour label rather than clustering when only the marks fit', () => {
		const out = stackLane([it_('a long label', 0), it_('b', 30)], x, { ...opts, maxRows: 1 });
		expect(out.placed.map((p) => p.label)).toEqual([null, 'b']);
	});

	it('puts a span label inside the bar when it fits, else after it', () => {
		const out = stackLane([it_('wide', 0, 500, 'span'), it_('narrow', 600, 620, 'span')], x, opts);
		expect(out.placed[0]).toMatchObject({ x0: 0, x1: 500, labelX: 4 });
		expect(out.placed[1]!.labelX).toBe(624);
	});

	it('draws a point with a wide date interval as a bar over it', () => {
		const [p] = stackLane([it_('conf', 0, 50)], x, opts).placed;
		expect(p!.x1).toBe(50);
	});

	it('collapsed lanes: one row, no labels', () => {
		const out = stackLane([it_('a', 0), it_('b', 100)], x, { ...opts, maxRows: 1, labels: false });
		expect(out.placed.every((p) => p.label === null && p.row === 0)).toBe(true);
	});

	it('truncates long labels with an ellipsis', () => {
		expect(truncate('x'.repeat(50))).toHaveLength(36);
		expect(truncate('x'.repeat(50)).endsWith('…')).toBe(true);
	});
});

describe('labels at the right end of the axis', () => {
	it('go to the left of their mark, still without overlap', () => {
		const items = [it_('early', 0), it_('late', 950, undefined, 'point', 'Late event')];
		const out = stackLane(items, x, { ...opts, maxX: 1000 });
		const late = out.placed[1]!;
		expect(late.label).toBe('Late event');
		expect(late.labelX + 'Late event'.length * opts.charWidth).toBeLessThanOrEqual(950);
		expect(late.row).toBe(0);
	});
	it('hide a left label that would touch the previous mark', () => {
		const out = stackLane(
			[it_('a', 900), it_('b', 960, undefined, 'point', 'Long late label')],
			x,
			{
				...opts,
				maxRows: 1,
				maxX: 1000
			}
		);
		expect(out.placed.map((p) => p.label)).toEqual([null, null]);
	});
});

describe('labels and the "today" line, and the left end of the axis', () => {
	// Label widths: 10 px a character plus 4 (opts.charWidth is 10).
	const labelSpan = (p: Placed) => [p.labelX, p.labelX + p.label!.length * opts.charWidth + 4];

	it('a label that would cross the today line goes to the left of its mark', () => {
		const out = stackLane([it_('RA-23', 500)], x, { ...opts, avoidX: 530, maxX: 1000 });
		const p = out.placed[0]!;
		expect(p.label).toBe('RA-23');
		const [a, b] = labelSpan(p);
		expect(b).toBeLessThan(530);
		expect(a).toBeLessThan(500);
	});

	it('a label right of its mark stays there when the line is elsewhere', () => {
		const p = stackLane([it_('RA-23', 500)], x, { ...opts, avoidX: 900, maxX: 1000 }).placed[0]!;
		expect(p.labelX).toBeGreaterThan(500);
	});

	it('no label when both sides would cross the line or leave the axis', () => {
		// Right: crosses the line at 520; left: starts before the axis (minX 450).
		const p = stackLane([it_('WTPF-21', 500)], x, {
			...opts,
			avoidX: 520,
			minX: 450,
			maxX: 1000
		}).placed[0]!;
		expect(p.label).toBeNull();
	});

	it('a label that would be cut at the left end of the axis (a phone) is not drawn there', () => {
		// Near the right end, the label cannot go right; left it would start before minX 0.
		const p = stackLane([it_('Telecommunication Standardization Sector', 200)], x, {
			...opts,
			minX: 0,
			maxX: 230
		}).placed[0]!;
		expect(p.label).toBeNull();
		// With room on the left, it goes there and starts inside the axis.
		const q = stackLane([it_('ITU-T', 200)], x, { ...opts, minX: 0, maxX: 230 }).placed[0]!;
		expect(q.label).toBe('ITU-T');
		expect(q.labelX).toBeGreaterThanOrEqual(0);
	});
});

describe('textWidth', () => {
	it('measures capitals and digits wider than the average character, narrow letters narrower', () => {
		expect(textWidth('WTDC-22', 6.8)).toBeGreaterThan('WTDC-22'.length * 6.8);
		expect(textWidth('little', 6.8)).toBeLessThan('little'.length * 6.8);
		expect(textWidth('', 6.8)).toBe(0);
	});
});

describe('a long bar in a narrow plot', () => {
	it('keeps a shortened label inside it when the whole label fits nowhere', () => {
		const name = 'International Telecommunication Union';
		// The bar ends at the today line (no room right) and starts at the axis (no room left).
		const p = stackLane([it_('itu', 0, 200, 'span', name)], x, {
			...opts,
			minX: 0,
			maxX: 220,
			avoidX: 205
		}).placed[0]!;
		expect(p.label).toMatch(/^International.*…$/);
		expect(p.labelX).toBeGreaterThanOrEqual(0);
		expect(p.labelX + textWidth(p.label!, opts.charWidth)).toBeLessThanOrEqual(200);
	});
	it('has no label when not even six characters fit', () => {
		const p = stackLane([it_('itu', 0, 40, 'span', 'International Telecommunication Union')], x, {
			...opts,
			minX: 0,
			maxX: 50,
			avoidX: 45
		}).placed[0]!;
		expect(p.label).toBeNull();
	});
});
