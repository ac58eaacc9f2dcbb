import { describe, expect, it } from 'vitest';
import { placeLabels, shorten, type LabelCandidate, type PlacedLabel } from '$lib/graph/labels';

const measure = (t: string) => t.length * 7;
const opts = { width: 800, height: 600, lineHeight: 16, max: 100 };
const cand = (
	i: number,
	x: number,
	y: number,
	extra: Partial<LabelCandidate> = {}
): LabelCandidate => ({
	i,
	x,
	y,
	r: 5,
	text: `Node number ${i}`,
	forced: false,
	priority: 0,
	...extra
});
const overlaps = (a: PlacedLabel, b: PlacedLabel) =>
	a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('label placement', () => {
	it('never overlaps, even in a dense cluster', () => {
		const cs = Array.from({ length: 200 }, (_, i) =>
			cand(i, 300 + (i % 15) * 9, 200 + Math.floor(i / 15) * 7)
		);
		const placed = placeLabels(cs, measure, opts);
		expect(placed.length).toBeGreaterThan(3);
		for (const a of placed) for (const b of placed) if (a !== b) expect(overlaps(a, b)).toBe(false);
	});

	it('always labels forced candidates, before any unforced one', () => {
		const cs = [
			cand(1, 100, 100, { priority: 99 }),
			cand(2, 104, 100, { forced: true }),
			cand(3, 100, 104, { forced: true })
		];
		const placed = placeLabels(cs, measure, opts).map((p) => p.i);
		expect(placed).toContain(2);
		expect(placed).toContain(3);
	});

	it('keeps labels inside the view and off other nodes', () => {
		const placed = placeLabels([cand(1, 795, 300), cand(2, 5, 5)], measure, {
			...opts,
			obstacles: [{ x: 400, y: 300, r: 10 }]
		});
		for (const p of placed) {
			expect(p.x).toBeGreaterThanOrEqual(0);
			expect(p.x + p.w).toBeLessThanOrEqual(800);
		}
		expect(placed.find((p) => p.i === 1)!.x).toBeLessThan(795);
		const blocked = placeLabels([cand(3, 380, 300)], measure, {
			...opts,
			obstacles: [{ x: 420, y: 300, r: 30 }]
		});
		expect(blocked[0]!.x + blocked[0]!.w).toBeLessThanOrEqual(390);
	});

	it('places more labels when nodes are further apart (zoomed in)', () => {
		const at = (scale: number) =>
			placeLabels(
				Array.from({ length: 60 }, (_, i) =>
					cand(i, 50 + (i % 10) * 10 * scale, 50 + Math.floor(i / 10) * 8 * scale)
				),
				measure,
				{ ...opts, width: 5000, height: 5000 }
			).length;
		expect(at(4)).toBeGreaterThan(at(1));
	});

	it('respects the budget of unforced labels, highest priority first', () => {
		const cs = Array.from({ length: 20 }, (_, i) => cand(i, 40, 20 + i * 25, { priority: i }));
		expect(placeLabels(cs, measure, { ...opts, max: 5 }).map((p) => p.i)).toEqual([
			19, 18, 17, 16, 15
		]);
	});

	it('shortens long names', () => {
		expect(shorten('Telecommunication Development Advisory Group', 20)).toBe(
			'Telecommunication D…'
		);
		expect(shorten('Giga')).toBe('Giga');
	});
});

describe('label placement around hubs', () => {
	it('lets forced and the top few labels cover nodes, never other labels', () => {
		const obstacles = Array.from({ length: 40 }, (_, k) => ({
			x: 100 + (k % 8) * 12,
			y: 100 + Math.floor(k / 8) * 12,
			r: 5
		}));
		const hub = cand(1, 140, 124, { priority: 50 });
		expect(placeLabels([hub], measure, { ...opts, obstacles })).toHaveLength(0);
		expect(placeLabels([hub], measure, { ...opts, obstacles, free: 1 })).toHaveLength(1);
		expect(placeLabels([{ ...hub, forced: true }], measure, { ...opts, obstacles })).toHaveLength(
			1
		);
	});
});

describe('label placement: regions, reserved corners, lines', () => {
	it('places region names first, and node labels off them', () => {
		const placed = placeLabels([cand(1, 400, 90, { forced: true })], measure, {
			...opts,
			regions: [{ id: 'ITU-D', x: 400, y: 100, text: 'Development Sector' }]
		});
		const region = placed.find((p) => p.region === 'ITU-D')!;
		expect(region.i).toBe(-1);
		expect(region.y + region.h).toBeLessThanOrEqual(100);
		expect(region.x + region.w / 2).toBeCloseTo(400, -1);
		for (const p of placed) if (p !== region) expect(overlaps(p, region)).toBe(false);
	});

	it('keeps every label out of reserved boxes (the zoom buttons)', () => {
		const corner = { x: 740, y: 0, w: 60, h: 150 };
		const cs = Array.from({ length: 40 }, (_, i) => cand(i, 700 + (i % 4) * 25, 10 + i * 4));
		const placed = placeLabels(cs, measure, { ...opts, reserved: [corner] });
		expect(placed.length).toBeGreaterThan(0);
		for (const p of placed) expect(overlaps(p, { i: -1, text: '', ...corner })).toBe(false);
	});

	it('gives a two-line label two lines of height and its widest line', () => {
		const [p] = placeLabels(
			[cand(1, 100, 100, { text: 'Telecommunication\nSector' })],
			measure,
			opts
		);
		expect(p!.h).toBe(32);
		expect(p!.w).toBe('Telecommunication'.length * 7 + 6);
	});
});

describe('region names', () => {
	it('use the short name where the full one is much wider than the region', () => {
		const region = {
			id: 'ITU-D',
			x: 400,
			y: 100,
			text: 'Development Sector (ITU-D)',
			short: 'ITU-D'
		};
		const narrow = placeLabels([], measure, { ...opts, regions: [{ ...region, width: 60 }] });
		expect(narrow.map((p) => p.text)).toEqual(['ITU-D']);
		const wide = placeLabels([], measure, { ...opts, regions: [{ ...region, width: 300 }] });
		expect(wide.map((p) => p.text)).toEqual(['Development Sector (ITU-D)']);
	});
});

describe('region names far wider than their region', () => {
	it('are left out where no short name fits', () => {
		const region = { id: 'union', x: 400, y: 100, text: 'Union-wide work' };
		expect(placeLabels([], measure, { ...opts, regions: [{ ...region, width: 20 }] })).toEqual([]);
		expect(placeLabels([], measure, { ...opts, regions: [{ ...region, width: 50 }] })).toHaveLength(
			1
		);
	});
});

describe('region names and nodes', () => {
	it('sit off the nodes where a spot allows', () => {
		const [p] = placeLabels([], measure, {
			...opts,
			regions: [{ id: 'loose:milestone', x: 400, y: 100, text: 'Not linked: milestone (32)' }],
			obstacles: [{ x: 400, y: 90, r: 6 }]
		});
		expect(p!.y).toBeGreaterThanOrEqual(100);
	});
});
