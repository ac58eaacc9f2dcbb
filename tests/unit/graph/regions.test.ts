import { describe, expect, it } from 'vitest';
import { convexHull, regionShapes, hullPath } from '$lib/graph/hulls';
import { linkPairs, layoutOptions, runLayout } from '$lib/graph/layout';
import { buildGraph } from '$lib/graph/model';
import { assignRegions, structuralParents } from '$lib/graph/regions';
import { anchoredSeed, layoutStructure } from '$lib/graph/structure';
import { radii } from '$lib/graph/style';
import { node, rel, tinyItu } from './factory';

function world() {
	const { nodes, links } = tinyItu();
	nodes.push(
		node('pp', 'governing_body', ['ITU'], { name: 'Plenipotentiary Conference' }),
		node('gs', 'secretariat', ['GS'], { name: 'General Secretariat' }),
		node('pp-1992', 'instance', ['ITU'], { kind: 'event' }),
		node('wsis', 'event_series', ['ITU']),
		node('tp', 'thematic_priority', []),
		node('m1', 'milestone', ['ITU'], { kind: 'event' }),
		node('m2', 'milestone', [], { kind: 'event' }),
		node('ind', 'indicator', [], { kind: 'indicator' })
	);
	links.push(
		rel('itu', 'governed_by', 'pp'),
		rel('gs', 'part_of', 'itu'),
		rel('pp-1992', 'instance_of', 'pp'),
		rel('itu', 'organises', 'wsis'),
		rel('tp', 'part_of', 'bdt')
	);
	return buildGraph(nodes, links);
}

const g = world();
const { regions, of } = assignRegions(g);
const regionOf = (id: string) => regions[of[g.index.get(id)!]!]!;

describe('regions', () => {
	it('puts each node in the part of the organisation it belongs to', () => {
		expect(regionOf('itu').id).toBe('governance');
		expect(regionOf('pp').id).toBe('governance');
		expect(regionOf('bdt').id).toBe('ITU-D');
		expect(regionOf('brsg').id).toBe('ITU-R');
		expect(regionOf('gs').id).toBe('GS');
		expect(regionOf('unep').id).toBe('partners');
		expect(regionOf('sdg-9').id).toBe('sdgs');
		expect(regionOf('wsis').id).toBe('union');
	});

	it('places events and sector-less units with their parent', () => {
		expect(structuralParents(g)[g.index.get('pp-1992')!]).toBe(g.index.get('pp'));
		expect(regionOf('pp-1992').id).toBe('governance');
		// No Sector of its own, part of the Development Bureau.
		expect(regionOf('tp').id).toBe('ITU-D');
		// No Sector, run by the Development Bureau.
		expect(regionOf('cop').id).toBe('ITU-D');
	});

	it('groups unlinked nodes by type, named with their count', () => {
		expect(regionOf('m1').id).toBe('loose:milestone');
		expect(regionOf('m2')).toBe(regionOf('m1'));
		expect(regionOf('m1').label).toBe('Not linked: milestone (2)');
		expect(regionOf('ind').label).toBe('Not linked: indicator (1)');
	});

	it('names Sector regions from the data, with their short name', () => {
		expect(regionOf('itu-d').label).toBe('Telecommunication Development Sector (ITU-D)');
		expect(regionOf('gs').label).toBe('General Secretariat');
		expect(regions.map((r) => r.id).slice(0, 4)).toEqual(['governance', 'ITU-R', 'ITU-D', 'GS']);
	});

	it('gives every node exactly one region', () => {
		const all = regions.flatMap((r) => r.members).sort((a, b) => a - b);
		expect(all).toEqual([...g.nodes.keys()]);
	});
});

describe('layout structure', () => {
	const s = layoutStructure(g);
	const at = (id: string) => {
		const i = g.index.get(id)!;
		return { x: s.anchor[i * 2]!, y: s.anchor[i * 2 + 1]! };
	};

	it('puts governance above the Sectors and the SDGs in an ordered band below', () => {
		expect(at('itu').y).toBeLessThan(at('itu-d').y);
		expect(at('sdg-9').y).toBeGreaterThan(at('giga').y);
		expect(at('sdg-9').y).toBe(at('sdg-13').y);
		expect(at('sdg-9').x).toBeLessThan(at('sdg-13').x);
		expect(s.fixed[g.index.get('sdg-9')!]).toBe(1);
	});

	it('orders the Sector regions left to right and keeps partners on the top edge', () => {
		expect(at('itu-r').x).toBeLessThan(at('itu-d').x);
		expect(at('itu-d').x).toBeLessThan(at('gs').x);
		expect(at('unep').y).toBeLessThan(at('itu').y);
	});

	it('lays unlinked nodes out in a fixed grid below the band', () => {
		expect(s.fixed[g.index.get('m1')!]).toBe(1);
		expect(at('m1').y).toBeGreaterThan(at('sdg-9').y);
		expect(at('m1')).not.toEqual(at('m2'));
	});

	it('gives a layout that depends only on the data and keeps regions apart', () => {
		const opts = { ...layoutOptions(g.nodes.length, true), radius: radii(g.nodes, g.degree) };
		const a = runLayout(anchoredSeed(s), linkPairs(g.links), null, { ...opts, structure: s });
		const b = runLayout(anchoredSeed(layoutStructure(g)), linkPairs(g.links), null, {
			...opts,
			structure: layoutStructure(g)
		});
		expect([...a]).toEqual([...b]);
		const y = (id: string) => a[g.index.get(id)! * 2 + 1]!;
		const x = (id: string) => a[g.index.get(id)! * 2]!;
		expect(y('itu')).toBeLessThan(y('itu-d'));
		expect(y('sdg-13')).toBeGreaterThan(y('giga'));
		expect(x('itu-r')).toBeLessThan(x('itu-d'));
		// Fixed nodes end exactly at their anchors.
		expect(x('sdg-9')).toBeCloseTo(at('sdg-9').x, 3);
	});
});

describe('region shapes', () => {
	it('finds the convex hull of points', () => {
		const hull = convexHull([
			[0, 0],
			[2, 0],
			[1, 1],
			[2, 2],
			[0, 2],
			[1, 0.5]
		]);
		expect(hull).toHaveLength(4);
		expect(hull).toEqual(
			expect.arrayContaining([
				[0, 0],
				[2, 0],
				[2, 2],
				[0, 2]
			])
		);
		expect(
			hullPath([
				[0, 0],
				[1, 0],
				[1, 1]
			])
		).toBe('M0,0L1,0L1,1Z');
	});

	it('outlines each shown region around its nodes, with its name on top', () => {
		const xy = anchoredSeed(layoutStructure(g));
		const radius = radii(g.nodes, g.degree);
		const shapes = regionShapes({ regions, of }, xy, radius);
		const d = shapes.find((r) => r.id === 'ITU-D')!;
		expect(d.label).toBe('Telecommunication Development Sector (ITU-D)');
		for (const id of ['itu-d', 'bdt', 'giga']) {
			const i = g.index.get(id)!;
			const [px, py] = [xy[i * 2]!, xy[i * 2 + 1]!];
			// Inside the hull: on the left of every counter-clockwise edge.
			d.hull.forEach((p, k) => {
				const q = d.hull[(k + 1) % d.hull.length]!;
				expect((q[0] - p[0]) * (py - p[1]) - (q[1] - p[1]) * (px - p[0])).toBeGreaterThan(0);
			});
			expect(d.labelY).toBeLessThan(py);
		}
		// Partners and unlinked grids get a name but no area.
		expect(shapes.find((r) => r.id === 'partners')!.hull).toEqual([]);
		// A filter that hides a whole region drops its shape.
		const shown = new Uint8Array(g.nodes.length).fill(1);
		for (const i of regions.find((r) => r.id === 'GS')!.members) shown[i] = 0;
		expect(regionShapes({ regions, of }, xy, radius, shown).map((r) => r.id)).not.toContain('GS');
	});
});

describe('regions in words', () => {
	it('names each region with what it shows, in map order', async () => {
		const { describeRegions } = await import('$lib/graph/regions');
		const text = describeRegions({ regions, of });
		expect(text).toMatch(/^The map groups the nodes into regions/);
		expect(text).toContain('Governance and membership (3 nodes)');
		expect(text).toContain('Telecommunication Development Sector (ITU-D) (5 nodes)');
		expect(text).toContain('Not linked: milestone (2)');
		expect(text.indexOf('Governance')).toBeLessThan(text.indexOf('Radiocommunication'));
		const shown = new Uint8Array(g.nodes.length);
		shown[g.index.get('gs')!] = 1;
		expect(describeRegions({ regions, of }, shown)).toContain('General Secretariat (1 node).');
		expect(describeRegions({ regions, of }, new Uint8Array(g.nodes.length))).toBe('');
	});
});

describe('links across regions', () => {
	it('are marked for drawing light, except the backbone; links inside a region are not', async () => {
		const { drawGraphOf } = await import('$lib/graph/draw');
		const d = drawGraphOf(g);
		const link = (a: string, b: string) =>
			d.links.find(
				(l) =>
					(l.source === g.index.get(a) && l.target === g.index.get(b)) ||
					(l.source === g.index.get(b) && l.target === g.index.get(a))
			)!;
		expect(link('bdt', 'itu-d').cross).toBeUndefined();
		expect(link('giga', 'sdg-9').cross).toBe(true);
		expect(link('bdt', 'cop').cross).toBeUndefined();
		// The backbone: a Sector part of ITU is drawn in full.
		expect(link('itu-d', 'itu').cross).toBeUndefined();
		expect(link('unep', 'cop').cross).toBe(true);
	});
});

describe('the structure’s box', () => {
	it('holds governance and the Sectors, not the SDGs or partners', async () => {
		const { structureBox } = await import('$lib/graph/hulls');
		const xy = anchoredSeed(layoutStructure(g));
		const shapes = regionShapes({ regions, of }, xy, radii(g.nodes, g.degree));
		const box = structureBox(shapes)!;
		const inside = (id: string) => {
			const i = g.index.get(id)!;
			const [x, y] = [xy[i * 2]!, xy[i * 2 + 1]!];
			return x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
		};
		for (const id of ['itu', 'pp', 'itu-r', 'itu-d', 'bdt', 'gs'])
			expect(inside(id), id).toBe(true);
		expect(inside('sdg-9')).toBe(false);
		expect(structureBox(shapes.filter((r) => r.kind === 'sdgs'))).toBeNull();
	});
});
