import { describe, expect, it } from 'vitest';
import { buildGraph } from '$lib/graph/model';
import { layoutOptions, linkPairs, runLayout } from '$lib/graph/layout';
import { lcg, seedPositions, spanningForest } from '$lib/graph/seed';
import { tinyItu } from './factory';

const { nodes, links } = tinyItu();
const g = buildGraph(nodes, links);

function ring(n: number): number[][] {
	return Array.from({ length: n }, (_, i) => [(i + n - 1) % n, (i + 1) % n]);
}

describe('seeding', () => {
	it('lcg is seeded and in [0, 1)', () => {
		const a = lcg(7);
		const b = lcg(7);
		const xs = Array.from({ length: 100 }, a);
		expect(xs).toEqual(Array.from({ length: 100 }, b));
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(lcg(8)()).not.toBe(xs[0]);
	});

	it('roots each component at its best-connected node', () => {
		const { parent, roots } = spanningForest(g.neighbours);
		expect(roots.map((r) => nodes[r]!.id)).toEqual(['itu-d']);
		expect(nodes[parent[g.index.get('bdt')!]!]!.id).toBe('itu-d');
		const two = spanningForest([[1], [0], [3], [2], []]);
		expect(two.roots).toEqual([0, 2, 4]);
	});

	it('gives the same finite, distinct positions on every run', () => {
		const a = seedPositions(g.neighbours);
		const b = seedPositions(g.neighbours);
		expect([...a]).toEqual([...b]);
		expect([...a].every(Number.isFinite)).toBe(true);
		const keys = new Set<string>();
		for (let i = 0; i < nodes.length; i++)
			keys.add(`${a[i * 2]!.toFixed(2)},${a[i * 2 + 1]!.toFixed(2)}`);
		expect(keys.size).toBe(nodes.length);
	});

	it('puts the root at the centre and children further out', () => {
		const xy = seedPositions(g.neighbours);
		const r = (id: string) => Math.hypot(xy[g.index.get(id)! * 2]!, xy[g.index.get(id)! * 2 + 1]!);
		expect(r('itu-d')).toBeCloseTo(0, 5);
		expect(r('bdt')).toBeGreaterThan(0);
		expect(r('cop')).toBeGreaterThan(r('bdt'));
	});
});

describe('force layout', () => {
	const opts = { ...layoutOptions(10, true), radius: null };

	it('is deterministic', () => {
		const pairs = linkPairs(g.links);
		const a = runLayout(seedPositions(g.neighbours), pairs, null, opts);
		const b = runLayout(seedPositions(g.neighbours), pairs, null, opts);
		expect([...a]).toEqual([...b]);
	});

	it('keeps linked nodes near each other', () => {
		const xy = runLayout(
			seedPositions(ring(40)),
			linkPairs(ring(40).map((_, i) => ({ source: i, target: (i + 1) % 40 }))),
			null,
			opts
		);
		for (let i = 0; i < 40; i++) {
			const j = (i + 1) % 40;
			expect(Math.hypot(xy[i * 2]! - xy[j * 2]!, xy[i * 2 + 1]! - xy[j * 2 + 1]!)).toBeLessThan(80);
		}
	});

	it('leaves inactive nodes where they are', () => {
		const xy = seedPositions(g.neighbours);
		const before = [...xy];
		const active = new Uint8Array(nodes.length).fill(1);
		active[0] = 0;
		runLayout(xy, linkPairs(g.links), active, { ...opts, ticks: 30, alpha: 0.3 });
		expect([xy[0], xy[1]]).toEqual([before[0], before[1]]);
		expect([...xy]).not.toEqual(before);
	});

	it('stops early when asked', () => {
		let ticks = 0;
		runLayout(seedPositions(g.neighbours), linkPairs(g.links), null, opts, (t) => {
			ticks++;
			return t < 4;
		});
		expect(ticks).toBe(5);
	});

	it('uses fewer ticks and coarser forces for big graphs', () => {
		expect(layoutOptions(200, true)).toMatchObject({ ticks: 300, collide: true });
		expect(layoutOptions(5000, true).ticks).toBeLessThan(120);
		expect(layoutOptions(20000, true)).toMatchObject({ collide: false, theta: 1.5 });
		expect(layoutOptions(200, false).alpha).toBeLessThan(0.5);
	});
});

describe('build-time layout', async () => {
	const { prebuildLayout, prebuiltFor, idsKey, snapshotOf, snapshotSvg } =
		await import('$lib/graph/prebuilt');
	const { bounds } = await import('$lib/graph/geometry');
	it('is the same on every build, in whole units', () => {
		const a = prebuildLayout(nodes, links);
		expect(prebuildLayout(nodes, links)).toEqual(a);
		expect(a.xy.every(Number.isInteger)).toBe(true);
		expect(a.xy).toHaveLength(nodes.length * 2);
	});
	it('is used only for the dataset it was built from', () => {
		const a = prebuildLayout(nodes, links);
		expect(prebuiltFor(a, nodes)).not.toBeNull();
		expect(prebuiltFor(a, nodes.slice(1))).toBeNull();
		expect(prebuiltFor(a, [...nodes].reverse())).toBeNull();
		expect(idsKey([{ id: 'ab' }, { id: 'c' }])).not.toBe(idsKey([{ id: 'a' }, { id: 'bc' }]));
	});
	it("has a snapshot with the first view's fit, one link path and every node", () => {
		const a = prebuildLayout(nodes, links);
		const snap = snapshotOf(a, nodes, links, new Map());
		const box = bounds(Float32Array.from(a.xy), null, 20, 0.02);
		const [x, y, w, h] = snap.viewBox.split(' ').map(Number) as [number, number, number, number];
		expect(Math.abs(x + w / 2 - (box.x0 + box.x1) / 2)).toBeLessThanOrEqual(1);
		expect(Math.abs(w - (box.x1 - box.x0) / 0.92)).toBeLessThanOrEqual(1);
		expect(Math.abs(y + h / 2 - (box.y0 + box.y1) / 2)).toBeLessThanOrEqual(1);
		expect(snap.links.match(/M/g)).toHaveLength(buildGraph(nodes, links).links.length);
		expect(snap.nodes.reduce((s, n) => s + n.d.split('M').length - 1, 0)).toBe(nodes.length);
		expect(snap.links).not.toMatch(/\./);
		// The Sectors' regions, tinted in their colours.
		expect(snap.regions.map((r) => r.fill)).toEqual(
			expect.arrayContaining(['var(--sector-itu-d)', 'var(--sector-itu-r)'])
		);
		expect(snap.regions.every((r) => /^M-?\d+,-?\d+(L-?\d+,-?\d+)+Z$/.test(r.d))).toBe(true);
		const svg = snapshotSvg(snap);
		expect(svg).toContain('aria-hidden="true"');
		expect(svg).not.toContain('<text');
	});
});
