/**
 * The build-time layout of a dataset: seeded, run to the end, rounded to whole units so the page
 * payload stays small. The browser checks `ids` against its dataset before using it.
 */
import type { AtlasNode, Relation } from '$lib/data/types';
import { layoutOptions, linkPairs, runLayout } from './layout';
import { buildGraph } from './model';
import { anchoredSeed, layoutStructure } from './structure';
import { bounds } from './geometry';
import { hullPath, regionShapes } from './hulls';
import { radii, SECTOR_VARS, sectorKey } from './style';
import { structureOf } from './structure';
import { visibility } from './visibility';
import { NO_FILTERS } from '$lib/filters/facets';

export interface PrebuiltLayout {
	/** Node count and a short fingerprint of the ids, in order. */
	n: number;
	key: string;
	/** Rounded x,y per node, interleaved. */
	xy: number[];
}

/** A cheap fingerprint of the node ids in order (FNV-1a, hex). */
export function idsKey(nodes: { id: string }[]): string {
	let h = 0x811c9dc5;
	for (const n of nodes) {
		for (let k = 0; k < n.id.length; k++) h = Math.imul(h ^ n.id.charCodeAt(k), 0x01000193);
		h = Math.imul(h ^ 44, 0x01000193);
	}
	return (h >>> 0).toString(16);
}

/** Lays out the whole graph deterministically (the same data always gives the same numbers). */
export function prebuildLayout(nodes: AtlasNode[], relations: Relation[]): PrebuiltLayout {
	const g = buildGraph(nodes, relations);
	const { collide, ...opts } = layoutOptions(nodes.length, true);
	const radius = radii(g.nodes, g.degree);
	const structure = layoutStructure(g);
	const xy = runLayout(anchoredSeed(structure), linkPairs(g.links), null, {
		...opts,
		radius: collide ? radius : null,
		structure
	});
	return { n: nodes.length, key: idsKey(nodes), xy: Array.from(xy, Math.round) };
}

/** The prebuilt positions when they belong to these nodes, else null (the page then lays out itself). */
export function prebuiltFor(
	layout: PrebuiltLayout | undefined,
	nodes: { id: string }[]
): Float32Array | null {
	if (!layout || layout.n !== nodes.length || layout.key !== idsKey(nodes)) return null;
	return Float32Array.from(layout.xy);
}

/** A static SVG picture of the prebuilt layout, shown until the canvas draws its first frame. */
export interface GraphSnapshot {
	/** The canvas's initial fit as an SVG viewBox (with `xMidYMid meet` it gives the same scale). */
	viewBox: string;
	/** Every link, one path. */
	links: string;
	/** Link opacity, as the canvas computes it from the link count. */
	linkOpacity: number;
	/** Nodes grouped by fill and whole radius: each node a round-capped zero-length stroke. */
	nodes: { fill: string; r: number; d: string }[];
	/** The regions' tinted areas (their fill a Sector's colour variable). */
	regions: { fill: string; d: string }[];
}

/**
 * The snapshot of a prebuilt layout as the page first shows it (no filter: what the default view
 * shows, e.g. no SDG targets): whole-unit coordinates, the fit box of the page's first view
 * (`bounds(xy, shown, 20, 0.02)` then `ZoomController.fit`'s 0.92 margin), sector or SDG colours,
 * the regions' areas.
 */
export function snapshotOf(
	layout: PrebuiltLayout,
	nodes: AtlasNode[],
	relations: Relation[],
	sdgColours: Map<number, string>
): GraphSnapshot {
	const g = buildGraph(nodes, relations);
	const xy = Float32Array.from(layout.xy);
	const vis = visibility(g, NO_FILTERS, new Map());
	const box = bounds(xy, vis.nodes, 20, 0.02);
	const w = (box.x1 - box.x0) / 0.92;
	const h = (box.y1 - box.y0) / 0.92;
	const cx = (box.x0 + box.x1) / 2;
	const cy = (box.y0 + box.y1) / 2;
	const viewBox = [cx - w / 2, cy - h / 2, w, h].map((v) => Math.round(v)).join(' ');
	const at = (i: number) => `${layout.xy[i * 2]} ${layout.xy[i * 2 + 1]}`;
	const links = g.links
		.filter((_, k) => vis.links[k])
		.map((l) => `M${at(l.source)}L${at(l.target)}`)
		.join('');
	const radius = radii(g.nodes, g.degree);
	const groups = new Map<string, { fill: string; r: number; d: string[] }>();
	const regions = regionShapes(structureOf(g).regions, xy, radius, vis.nodes)
		.filter((r) => r.hull.length)
		.map((r) => ({
			fill: `var(${SECTOR_VARS[r.colour]})`,
			d: hullPath(r.hull, ([x, y]) => [Math.round(x), Math.round(y)])
		}));
	g.nodes.forEach((n, i) => {
		if (!vis.nodes[i]) return;
		const fill = (n.sdg && sdgColours.get(n.sdg)) || `var(${SECTOR_VARS[sectorKey(n)]})`;
		const r = Math.max(1, Math.round(radius[i]!));
		const key = `${fill}|${r}`;
		let grp = groups.get(key);
		if (!grp) groups.set(key, (grp = { fill, r, d: [] }));
		grp.d.push(`M${at(i)}h0`);
	});
	return {
		viewBox,
		links,
		linkOpacity: Math.min(
			0.5,
			Math.max(
				0.1,
				12 /
					Math.sqrt(
						Math.max(
							1,
							vis.links.reduce((a, b) => a + b, 0)
						)
					)
			)
		),
		nodes: [...groups.values()].map((x) => ({ fill: x.fill, r: x.r, d: x.d.join('') })),
		regions
	};
}

/** The snapshot as SVG markup (`aria-hidden`: the text alternative describes the graph). */
export function snapshotSvg(s: GraphSnapshot): string {
	const nodes = s.nodes
		.map((n) => `<path d="${n.d}" style="stroke:${n.fill}" stroke-width="${n.r * 2}"/>`)
		.join('');
	const regions = s.regions
		.map(
			(r) =>
				`<path d="${r.d}" style="fill:${r.fill};stroke:${r.fill}" vector-effect="non-scaling-stroke"/>`
		)
		.join('');
	return (
		`<svg viewBox="${s.viewBox}" preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false"` +
		` style="position:absolute;inset:0;width:100%;height:100%;overflow:visible;pointer-events:none">` +
		`<g fill-opacity="0.07" stroke-opacity="0.35" stroke-width="1.5">${regions}</g>` +
		`<path d="${s.links}" fill="none" style="stroke:var(--fg-muted)" stroke-opacity="${s.linkOpacity.toFixed(2)}" stroke-width="1" vector-effect="non-scaling-stroke"/>` +
		`<g fill="none" stroke-linecap="round">${nodes}</g></svg>`
	);
}
