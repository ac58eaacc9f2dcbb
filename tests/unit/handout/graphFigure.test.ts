import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/model';
import { prebuildLayout } from '../../../src/lib/graph/prebuilt';
import { neighbourhood } from '../../../src/lib/graph/visibility';
import { graphFigure } from '../../../src/lib/handout/graphFigure';
import { PAPER_PALETTE } from '../../../src/lib/handout/paper';
import { data, st } from './shipped';

const xy = Float32Array.from(prebuildLayout(data.nodes, data.links).xy);
const g = buildGraph(data.nodes, data.links);
const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
	Math.abs(a.y - b.y) < 10 && a.x === b.x;

describe('graphFigure', () => {
	it('draws only the nodes the filters keep, in their paper Sector colours, labelled', () => {
		const f = graphFigure(data, st('v=1&type=sector'), xy, PAPER_PALETTE);
		expect(f.shown).toBe(3);
		expect(f.total).toBe(data.nodes.length);
		const sectors = data.nodes.filter((n) => n.type === 'sector');
		expect(new Set(f.nodes.map((n) => n.fill))).toEqual(
			new Set(sectors.map((n) => PAPER_PALETTE.sector[n.sectors[0]!]))
		);
		expect(f.labels.map((l) => l.text).sort()).toEqual(sectors.map((n) => n.name).sort());
		expect(f.nodes.every((n) => !n.dim)).toBe(true);
	});
	it('fits the focus neighbourhood and dims what lies outside it', () => {
		const f = graphFigure(data, st('v=1&sel=giga&depth=1'), xy, PAPER_PALETTE);
		const giga = g.index.get('giga')!;
		const near = neighbourhood(g, giga, 1, new Uint8Array(g.nodes.length).fill(1));
		expect(f.nodes.filter((n) => !n.dim)).toHaveLength(near.size);
		expect(f.labels.map((l) => l.text)).toContain(g.nodes[giga]!.name);
	});
	it('stays within its box, with labels that do not overlap', () => {
		const f = graphFigure(data, st('v=1'), xy, PAPER_PALETTE, { width: 500, maxHeight: 300 });
		expect(f.width).toBe(500);
		expect(f.height).toBeLessThanOrEqual(300);
		// The graph opens without doubtful names and SDG targets (see describe.test.ts).
		expect(f.shown).toBe(
			data.nodes.filter((n) => n.status !== 'doubtful' && n.kind !== 'sdg_target').length
		);
		for (const l of f.labels) {
			expect(l.x).toBeGreaterThanOrEqual(0);
			expect(l.x).toBeLessThanOrEqual(500);
			expect(l.y).toBeGreaterThanOrEqual(0);
			expect(l.y).toBeLessThanOrEqual(300);
		}
		f.labels.forEach((a, i) =>
			f.labels.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false))
		);
	});
	it('draws each shown link once, one path per line style', () => {
		const f = graphFigure(data, st('v=1&type=sector'), xy, PAPER_PALETTE);
		const segments = f.links.reduce((n, l) => n + (l.d.match(/M/g) ?? []).length, 0);
		const sectorIds = new Set(data.nodes.filter((n) => n.type === 'sector').map((n) => n.id));
		const between = g.links.filter(
			(l) => sectorIds.has(g.nodes[l.source]!.id) && sectorIds.has(g.nodes[l.target]!.id)
		);
		expect(segments).toBe(between.length);
	});
});

describe('graphFigure regions', () => {
	it('outlines the organisation’s regions and names them, as the screen does', () => {
		const f = graphFigure(data, st('v=1'), xy, PAPER_PALETTE);
		expect(f.regions.length).toBeGreaterThanOrEqual(5);
		expect(new Set(f.regions.map((r) => r.fill))).toContain(PAPER_PALETTE.sector['ITU-D']);
		const names = f.regionLabels.map((l) => l.text);
		expect(names).toContain('Governance and membership');
		expect(names).toEqual(expect.arrayContaining(['ITU-R', 'ITU-T']));
		for (const r of f.regionLabels)
			for (const l of f.labels)
				expect(Math.abs(r.y - l.y) < 10 && Math.abs(r.x - l.x) < 20).toBe(false);
	});
});
