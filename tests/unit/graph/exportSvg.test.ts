import { describe, expect, it } from 'vitest';
import { NO_FILTERS, sdgAlignment } from '$lib/filters/facets';
import { esc, exportSvg } from '$lib/graph/exportSvg';
import { buildGraph } from '$lib/graph/model';
import { seedPositions } from '$lib/graph/seed';
import { visibility } from '$lib/graph/visibility';
import { tinyItu } from './factory';

const { nodes, links } = tinyItu();
const g = buildGraph(nodes, links);
const palette = {
	bg: '#fff',
	fg: '#111',
	muted: '#555',
	border: '#ccc',
	focus: '#f60',
	accent: '#06c',
	sector: {
		'ITU-R': '#0f7b8a',
		'ITU-T': '#7b3fb5',
		'ITU-D': '#c2410c',
		GS: '#3d5a80',
		ITU: '#0b5cad',
		none: '#6b7785'
	}
};

describe('SVG export', () => {
	/** The SVG of the graph filtered to SDG 13, with `patch` on the export input. */
	const svgWith = (patch: Partial<Parameters<typeof exportSvg>[0]> = {}) =>
		exportSvg({
			g,
			xy: seedPositions(g.neighbours),
			vis: visibility(g, { ...NO_FILTERS, sdg: [13] }, sdgAlignment(nodes, links)),
			radius: new Float32Array(nodes.length).fill(8),
			sdgColours: new Map([[13, '#3F7E44']]),
			palette,
			bright: null,
			title: 'ITU Atlas <graph>',
			filters: 'Filters: SDG 13',
			sources: 'Sources: ITU Atlas dataset abc',
			measure: (t) => t.length * 7,
			...patch
		});
	const svg = svgWith();
	it('is a standalone SVG with the title, filters, legend and sources', () => {
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).toContain('ITU Atlas &#60;graph&#62;');
		expect(svg).toContain('Filters: SDG 13');
		expect(svg).toContain('Legend');
		expect(svg).toContain('Sources: ITU Atlas dataset abc');
		expect(svg).not.toContain('var(--');
	});
	it('draws only the shown nodes, SDGs with their number', () => {
		expect(svg).toContain('>13</text>');
		expect(svg).not.toContain('>9</text>');
		expect(svg).not.toContain('>Giga<');
		expect(svg).toContain('>Green Digital Action<');
	});
	it('ends with the caption lines under the sources, wrapped, inside the image', () => {
		const long = `Graph of 12 nodes ${'aligned with SDG 13 '.repeat(12)}.`;
		const withCaption = svgWith({
			caption: [long, 'ITU Atlas data version 3f2a1c9d, built 2026-11-23 · http://x/']
		});
		const height = (s: string) => Number(/height="(\d+)"/.exec(s)![1]);
		const ys = [...withCaption.matchAll(/<text x="16" y="(\d+)"[^>]*>([^<]*)</g)].map((m) => ({
			y: Number(m[1]),
			text: m[2]!
		}));
		const sources = ys.find((t) => t.text.startsWith('Sources:'))!;
		const after = ys.filter((t) => t.y > sources.y);
		// The long description wraps onto two lines, then the stamp: three lines below the sources.
		expect(after).toHaveLength(3);
		expect(`${after[0]!.text} ${after[1]!.text}`).toBe(long);
		expect(after[2]!.text).toMatch(/^ITU Atlas data version 3f2a1c9d, built 2026-11-23 · /);
		expect(height(withCaption)).toBe(height(svg) + 3 * 16);
		expect(Math.max(...after.map((t) => t.y))).toBeLessThan(height(withCaption));
	});
	it('is the screen: its frame (aspect kept), its labels, the selection and the paths', () => {
		const xy = seedPositions(g.neighbours);
		const vis = visibility(g, NO_FILTERS, sdgAlignment(nodes, links));
		const cop = g.index.get('cop')!;
		const unep = g.index.get('unep')!;
		const out = svgWith({
			xy,
			vis,
			// A frame around Green Digital Action, twice as wide as high: the graph area is 1200 × 600.
			frame: {
				x0: xy[cop * 2]! - 100,
				y0: xy[cop * 2 + 1]! - 50,
				x1: xy[cop * 2]! + 100,
				y1: xy[cop * 2 + 1]! + 50
			},
			labels: [{ i: cop, text: 'Green Digital Action' }],
			selected: cop,
			strong: new Set([g.links.findIndex((l) => l.source === unep && l.target === cop)]),
			bright: new Set([cop, unep])
		});
		expect(out).toContain('<rect x="0" y="60" width="1200" height="600"/>');
		expect(out).toContain('clip-path="url(#graph-area)"');
		// Only the screen's label, not the best connected nodes'.
		expect(out).toContain('>Green Digital Action<');
		expect(out).not.toContain('>International Telecommunication Union<');
		// The selection's ring and one strong link.
		expect(out).toMatch(
			/<circle cx="[\d.]+" cy="[\d.]+" r="[\d.]+" fill="none" stroke="#111" stroke-width="2.5"\/>/
		);
		expect(out.match(/stroke-width="2.5"[^/]*\/>/g)?.length).toBe(2);
	});

	it('escapes markup', () => {
		expect(esc(`a<b>&"'`)).toBe('a&#60;b&#62;&#38;&#34;&#39;');
	});
});

describe('SVG export regions', () => {
	const svgOf = (labels: { i: number; text: string }[] | null = null) =>
		exportSvg({
			g,
			xy: seedPositions(g.neighbours),
			vis: visibility(g, NO_FILTERS, new Map()),
			radius: new Float32Array(nodes.length).fill(8),
			sdgColours: new Map(),
			palette,
			bright: null,
			title: 'ITU Atlas graph',
			filters: 'Filters: none',
			sources: 'Sources: test',
			measure: (t) => t.length * 7,
			labels
		});

	it('tints and names the organisation’s regions', () => {
		const svg = svgOf();
		// ITU-D holds four nodes here (itu-d, bdt, giga, cop): its area in its Sector colour.
		expect(svg).toMatch(/<path d="M[^"]+Z" fill="#c2410c" fill-opacity="0.07"/);
		expect(svg).toMatch(
			/font-size="14"[^>]*>(Telecommunication Development Sector \(ITU-D\)|ITU-D)</
		);
	});

	it('writes a two-line screen label as two lines', () => {
		const i = g.index.get('itu-d')!;
		const svg = svgOf([{ i, text: 'Telecommunication\nDevelopment Sector' }]);
		expect(svg).toMatch(
			/<tspan[^>]*dy="0">Telecommunication<\/tspan><tspan[^>]*dy="16">Development Sector<\/tspan>/
		);
	});
});
