/**
 * The organisation graph as a printable figure: the shown nodes at their build-time positions,
 * fitted to the page width (to the focus neighbourhood when focused), links as one path per line
 * style, shapes and colours as on screen, and non-overlapping labels at print size. Pure.
 */
import type { Dataset } from '$lib/data/types';
import { sdgAlignment } from '$lib/filters/facets';
import { bounds } from '$lib/graph/geometry';
import { hullPath, regionNames, regionShapes } from '$lib/graph/hulls';
import { TOP_TYPES } from '$lib/graph/labelsText';
import { structureOf } from '$lib/graph/structure';
import { placeLabels, shorten } from '$lib/graph/labels';
import { buildGraph } from '$lib/graph/model';
import type { Palette } from '$lib/graph/themeColours.svelte';
import { shapePath } from '$lib/graph/shapes';
import { LINK_GROUPS, NODE_GROUPS, radii, sectorKey, textOn } from '$lib/graph/style';
import { neighbourhood, visibility, type GraphFilterState } from '$lib/graph/visibility';

export interface FigureNode {
	d: string;
	fill: string;
	stroke: string;
	/** A ring (partners) is drawn hollow. */
	hollow: boolean;
	/** Outside the focus: drawn faint. */
	dim: boolean;
	/** An SDG's number, written on it when it is large enough. */
	sdg?: { n: number; x: number; y: number; size: number; colour: string };
}

export interface GraphFigure {
	width: number;
	height: number;
	links: { d: string; dash: string | null }[];
	nodes: FigureNode[];
	labels: { x: number; y: number; text: string }[];
	/** The organisation's regions (Sectors, governance …): tinted areas and their names. */
	regions: { d: string; fill: string }[];
	regionLabels: { x: number; y: number; text: string }[];
	/** Nodes drawn and nodes in the graph. */
	shown: number;
	total: number;
}

export interface GraphFigureOptions {
	width?: number;
	/** The tallest the figure may be, in the same units as `width`. */
	maxHeight?: number;
	fontSize?: number;
	/** Label width in the figure's units (a character estimate by default). */
	measure?: (text: string) => number;
	/** Node id → SDG numbers, as the live view counts them (by default: links to SDG nodes). */
	aligned?: Map<string, Set<number>>;
}

const SHAPE_OF = new Map<string, (typeof NODE_GROUPS)[number]['shape']>(
	NODE_GROUPS.map((x) => [x.id, x.shape])
);
const f1 = (n: number) => Math.round(n * 10) / 10;

/** What of a view state the figure draws: the filters, legend toggles, selection and focus. */
export interface GraphFigureState extends GraphFilterState {
	sel: string | null;
	depth: number;
}

/** The figure for view state `s` over dataset `d`, with node positions `xy` (x,y per node). */
export function graphFigure(
	d: Pick<Dataset, 'nodes' | 'links' | 'sdgs'>,
	s: GraphFigureState,
	xy: Float32Array,
	palette: Palette,
	opts: GraphFigureOptions = {}
): GraphFigure {
	const { width = 640, maxHeight = 420, fontSize = 10 } = opts;
	const measure = opts.measure ?? ((t: string) => t.length * fontSize * 0.58);
	const g = buildGraph(d.nodes, d.links);
	const aligned = opts.aligned ?? sdgAlignment(d.nodes, d.links);
	const vis = visibility(g, s, aligned, s.hide, s.hideLinks);
	const sel = s.sel ? g.index.get(s.sel) : undefined;
	const focus =
		sel !== undefined && s.depth > 0 && vis.nodes[sel]
			? new Set(neighbourhood(g, sel, s.depth, vis.nodes).keys())
			: null;
	const fitMask = focus ? Uint8Array.from(vis.nodes, (_, i) => (focus.has(i) ? 1 : 0)) : vis.nodes;
	const pad = 30;
	const b = bounds(xy, fitMask, pad);
	const k = Math.min(width / (b.x1 - b.x0), maxHeight / (b.y1 - b.y0));
	// Few, far-apart nodes would otherwise blow up to the page: no more than twice the screen size.
	const kk = Math.min(k, 2);
	const height = Math.round(Math.min(maxHeight, (b.y1 - b.y0) * kk));
	const ox = (width - (b.x1 - b.x0) * kk) / 2;
	const oy = (height - (b.y1 - b.y0) * kk) / 2;
	const X = (i: number) => ox + (xy[i * 2]! - b.x0) * kk;
	const Y = (i: number) => oy + (xy[i * 2 + 1]! - b.y0) * kk;
	const radius = radii(g.nodes, g.degree);
	const R = (i: number) => Math.max(2, radius[i]! * Math.min(1, kk * 1.2));
	const inside = (i: number) =>
		X(i) >= -20 && X(i) <= width + 20 && Y(i) >= -20 && Y(i) <= height + 20;
	const drawn = (i: number) => !!vis.nodes[i] && inside(i);

	const links = LINK_GROUPS.map((lg) => ({
		d: g.links
			.filter((l, j) => vis.links[j] && l.group === lg.id && (drawn(l.source) || drawn(l.target)))
			.map((l) => `M${f1(X(l.source))},${f1(Y(l.source))}L${f1(X(l.target))},${f1(Y(l.target))}`)
			.join(''),
		dash: lg.dash.length ? lg.dash.join(' ') : null
	})).filter((l) => l.d);

	const sdgColours = new Map(d.sdgs.map((x) => [x.number, x.colour]));
	const nodes: FigureNode[] = [];
	const indices = [...g.nodes.keys()].filter(drawn);
	for (const i of indices) {
		const n = g.nodes[i]!;
		const fill = (n.sdg && sdgColours.get(n.sdg)) || palette.sector[sectorKey(n)]!;
		const shape = SHAPE_OF.get(g.groups[i]!)!;
		const r = R(i);
		nodes.push({
			d: shapePath(shape, f1(X(i)), f1(Y(i)), f1(r)),
			fill: shape === 'ring' ? palette.bg : fill,
			stroke: shape === 'ring' ? fill : palette.bg,
			hollow: shape === 'ring',
			dim: !!focus && !focus.has(i),
			sdg:
				n.sdg && r >= 6
					? {
							n: n.sdg,
							x: f1(X(i)),
							y: f1(Y(i) + r * 0.38),
							size: Math.round(r),
							colour: textOn(fill)
						}
					: undefined
		});
	}
	const candidates = indices
		.filter((i) => !focus || focus.has(i))
		.map((i) => ({
			i,
			x: X(i),
			y: Y(i),
			r: R(i),
			text: shorten(g.nodes[i]!.name, 40),
			forced: i === sel,
			priority: g.degree[i]!,
			// The structure's top (ITU, its bodies, Sectors, bureaux) tries every spot, as on screen.
			persistent: TOP_TYPES.has(g.nodes[i]!.type)
		}));
	const shapes = regionShapes(structureOf(g).regions, xy, radius, vis.nodes);
	const regions = shapes
		.filter((r) => r.hull.length)
		.map((r) => ({
			d: hullPath(r.hull, ([x, y]) => [ox + (x - b.x0) * kk, oy + (y - b.y0) * kk]),
			fill: palette.sector[r.colour]!
		}));
	const placed = placeLabels(candidates, measure, {
		width,
		height,
		lineHeight: fontSize + 3,
		max: 40,
		obstacles: indices.map((i) => ({ x: X(i), y: Y(i), r: R(i) })),
		free: 3,
		regions: regionNames(shapes, ([x, y]) => [ox + (x - b.x0) * kk, oy + (y - b.y0) * kk], kk)
	});
	const at = (l: (typeof placed)[number]) => ({
		x: f1(l.x + 3),
		y: f1(l.y + l.h / 2),
		text: l.text
	});
	const labels = placed.filter((l) => !l.region).map(at);
	const regionLabels = placed.filter((l) => l.region).map(at);
	return {
		width,
		height,
		links,
		nodes,
		labels,
		regions,
		regionLabels,
		shown: indices.length,
		total: g.nodes.length
	};
}
