import { describe, expect, it } from 'vitest';
import { drawGraph, drawGraphOf, type DrawInput } from '$lib/graph/draw';
import { buildGraph } from '$lib/graph/model';
import { radii } from '$lib/graph/style';
import { anchoredSeed, structureOf } from '$lib/graph/structure';
import { tinyItu } from './factory';

/** A canvas context that records, for each stroke, its opacity and the segments in its path. */
function recorder() {
	const strokes: { alpha: number; segments: [number, number, number, number][] }[] = [];
	let path: [number, number, number, number][] = [];
	let at: [number, number] = [0, 0];
	const ctx = {
		globalAlpha: 1,
		beginPath: () => (path = []),
		moveTo: (x: number, y: number) => (at = [x, y]),
		lineTo: (x: number, y: number) => {
			path.push([...at, x, y]);
			at = [x, y];
		},
		stroke: () => strokes.push({ alpha: ctx.globalAlpha, segments: path }),
		measureText: (t: string) => ({ width: t.length * 7 })
	};
	const any = new Proxy(ctx as Record<string, unknown>, {
		get: (o, k) => (k in o ? o[k as string] : () => {}),
		set: (o, k, v) => ((o[k as string] = v), true)
	});
	return { ctx: any as unknown as CanvasRenderingContext2D, strokes };
}

const { nodes, links } = tinyItu();
const g = buildGraph(nodes, links);
const xy = anchoredSeed(structureOf(g).structure);
const palette = {
	bg: '#fff',
	fg: '#000',
	muted: '#555',
	border: '#ccc',
	focus: '#f60',
	accent: '#06c',
	sector: { 'ITU-R': '#1', 'ITU-T': '#2', 'ITU-D': '#3', GS: '#4', ITU: '#5', none: '#6' }
};

function alphaOf(selected: number, a: string, b: string): number {
	const { ctx, strokes } = recorder();
	const input: DrawInput = {
		g: drawGraphOf(g),
		xy,
		vis: {
			nodes: new Uint8Array(nodes.length).fill(1),
			links: new Uint8Array(g.links.length).fill(1),
			count: nodes.length
		},
		radius: radii(g.nodes, g.degree),
		t: { x: 400, y: 300, k: 0.5 },
		width: 800,
		height: 600,
		dpr: 1,
		palette,
		bright: null,
		selected,
		hovered: -1,
		focused: -1
	};
	drawGraph(ctx, input, new Map());
	const [ia, ib] = [g.index.get(a)!, g.index.get(b)!];
	const has = (s: (typeof strokes)[number]) =>
		s.segments.some(([x0, y0, x1, y1]) => {
			const ends = [`${x0},${y0}`, `${x1},${y1}`];
			return (
				ends.includes(`${xy[ia * 2]},${xy[ia * 2 + 1]}`) &&
				ends.includes(`${xy[ib * 2]},${xy[ib * 2 + 1]}`)
			);
		});
	return strokes.find(has)!.alpha;
}

describe('drawing links across regions', () => {
	it('draws a cross-region link lighter than a link inside a region, until its end is selected', () => {
		const inside = alphaOf(-1, 'bdt', 'itu-d');
		const across = alphaOf(-1, 'giga', 'sdg-9');
		expect(across).toBeLessThan(inside);
		expect(alphaOf(g.index.get('giga')!, 'giga', 'sdg-9')).toBe(inside);
	});
});
