/**
 * The shipped dataset at the default view, as a newcomer first sees it on a 1440×900 screen (the
 * canvas about 1,100 × 700 CSS pixels): the structure's top and the Sector regions are named in full.
 */
import { describe, expect, it } from 'vitest';
import { viewDataset } from '$lib/data/doubtful';
import { fitTransform } from '$lib/graph/camera';
import { bounds } from '$lib/graph/geometry';
import { buttonCorners, degreeOrder, labelCandidates } from '$lib/graph/labelCandidates';
import { placeLabels } from '$lib/graph/labels';
import { buildGraph } from '$lib/graph/model';
import { prebuildLayout } from '$lib/graph/prebuilt';
import { radii } from '$lib/graph/style';
import { visibility } from '$lib/graph/visibility';
import { NO_FILTERS } from '$lib/filters/facets';
import { data } from '../handout/shipped';

const ds = viewDataset(data, false);
const g = buildGraph(ds.nodes, ds.links);
const xy = Float32Array.from(prebuildLayout(ds.nodes, ds.links).xy);
const vis = visibility(g, NO_FILTERS, new Map());
const radius = radii(g.nodes, g.degree);
// Bold 12 px system-ui averages about 7 px a character.
const measure = (t: string) => t.length * 7;

/** Labels placed at the default fit, zoomed `zoom` times about the view's centre. */
function labelsAt(width: number, height: number, zoom = 1) {
	const fit = fitTransform(bounds(xy, vis.nodes, 20, 0.02), { width, height });
	const t = {
		k: fit.k * zoom,
		x: width / 2 + (fit.x - width / 2) * zoom,
		y: height / 2 + (fit.y - height / 2) * zoom
	};
	const { candidates, opts } = labelCandidates({
		g,
		xy,
		shown: vis.nodes,
		radius,
		byDegree: degreeOrder(g.degree),
		t,
		width,
		height,
		forced: new Set(),
		bright: null
	});
	return placeLabels(candidates, measure, { ...opts, width, height, lineHeight: 16 });
}

describe('the default map of the shipped data', () => {
	const placed = labelsAt(1100, 700);
	const text = (id: string) => placed.find((l) => l.i === g.index.get(id))?.text;

	it('labels the structure’s top in full', () => {
		for (const id of [
			'itu',
			'pp',
			'council',
			'itu-r',
			'itu-t',
			'itu-d',
			'gs',
			'br',
			'tsb',
			'bdt'
		]) {
			const name = g.nodes[g.index.get(id)!]!.name;
			expect(text(id)?.replace(/\n/g, ' '), id).toBe(name);
		}
	});

	it('names the regions, the Sectors at least by their short names', () => {
		const regions = placed.filter((l) => l.region).map((l) => l.text);
		expect(regions).toEqual(
			expect.arrayContaining([
				'Governance and membership',
				'Sustainable Development Goals',
				'Union-wide work'
			])
		);
		for (const s of ['ITU-R', 'ITU-T', 'ITU-D'])
			expect(
				regions.some((r) => r === s || r.endsWith(`(${s})`)),
				s
			).toBe(true);
	});

	it('never writes two nodes’ labels the same, and no label overlaps another', () => {
		const nodes = placed.filter((l) => !l.region).map((l) => l.text);
		expect(new Set(nodes).size).toBe(nodes.length);
		for (const a of placed)
			for (const b of placed)
				if (a !== b)
					expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(
						false
					);
	});

	it('keeps every label clear of the zoom buttons’ corners', () => {
		for (const c of buttonCorners(1100, 700))
			for (const l of placed)
				expect(l.x < c.x + c.w && c.x < l.x + l.w && l.y < c.y + c.h && c.y < l.y + l.h).toBe(
					false
				);
	});

	it('shows more labels as the view zooms in', () => {
		const nodeLabels = (k: number) => labelsAt(1100, 700, k).filter((l) => !l.region).length;
		expect(nodeLabels(3)).toBeGreaterThan(nodeLabels(1));
	});
});
