import { describe, expect, it } from 'vitest';
import { buildGraph } from '$lib/graph/model';
import { degreeOrder, labelCandidates } from '$lib/graph/labelCandidates';
import { placeLabels } from '$lib/graph/labels';
import { drawStyle, labelFont } from '$lib/graph/drawStyle';
import { node, rel } from './factory';

describe('drawStyle', () => {
	it('draws thicker, larger and wider in projector mode than normally, for every measure', () => {
		const normal = drawStyle(false);
		const projector = drawStyle(true);
		for (const key of Object.keys(normal) as (keyof typeof normal)[]) {
			if (key === 'linkAlpha') continue;
			expect(projector[key], key).toBeGreaterThan(normal[key] as number);
		}
		expect(projector.linkAlpha.min).toBeGreaterThan(normal.linkAlpha.min);
		// A label's line is taller than its type, so boxes never clip the text.
		expect(projector.labelLine).toBeGreaterThan(projector.labelPx);
	});

	it('gives the canvas a font at the style size, bold for emphasis', () => {
		expect(labelFont(18)).toMatch(/^18px /);
		expect(labelFont(12, true)).toMatch(/^700 12px /);
	});
});

describe('labels of the selection and the keyboard node', () => {
	// A hub with many neighbours: the hub's own label would normally be placed first.
	const nodes = [
		node('hub', 'sector'),
		...Array.from({ length: 8 }, (_, k) => node(`n${k}`, 'bureau'))
	];
	const links = nodes.slice(1).map((n) => rel(n.id, 'part_of', 'hub'));
	const g = buildGraph(nodes, links);
	const xy = new Float32Array(g.nodes.length * 2);
	g.nodes.forEach((_, i) => {
		xy[i * 2] = 100 + (i % 3) * 14;
		xy[i * 2 + 1] = 100 + Math.floor(i / 3) * 10;
	});

	it('are placed before any other, even where labels crowd', () => {
		const selected = g.index.get('n7')!;
		const { candidates, opts } = labelCandidates({
			g,
			xy,
			shown: new Uint8Array(g.nodes.length).fill(1),
			radius: new Float32Array(g.nodes.length).fill(4),
			byDegree: degreeOrder(g.degree),
			t: { x: 0, y: 0, k: 1 },
			width: 300,
			height: 220,
			forced: new Set(g.nodes.keys()),
			bright: null,
			first: [selected]
		});
		const placed = placeLabels(candidates, (t) => t.length * 18, {
			...opts,
			width: 300,
			height: 220,
			lineHeight: 24
		});
		expect(placed[0]!.i).toBe(selected);
		// Without it, the crowd leaves no room for that label at this size.
		const without = labelCandidates({
			g,
			xy,
			shown: new Uint8Array(g.nodes.length).fill(1),
			radius: new Float32Array(g.nodes.length).fill(4),
			byDegree: degreeOrder(g.degree),
			t: { x: 0, y: 0, k: 1 },
			width: 300,
			height: 220,
			forced: new Set(g.nodes.keys()),
			bright: null
		});
		const placedWithout = placeLabels(without.candidates, (t) => t.length * 18, {
			...without.opts,
			width: 300,
			height: 220,
			lineHeight: 24
		});
		expect(placedWithout.map((l) => l.i)).not.toContain(selected);
	});
});
