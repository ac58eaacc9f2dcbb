/**
 * Draws the graph on a 2D canvas in few strokes: links batched by group and emphasis, nodes batched
 * by colour, shape and emphasis; off-screen nodes skipped. Called once per frame at most.
 */
import type { PlacedLabel } from './labels';
import type { Graph } from './model';
import type { Palette } from './themeColours.svelte';
import { drawStyle, labelFont } from './drawStyle';
import type { RegionShape } from './hulls';
import { addShape } from './shapes';
import { structureOf } from './structure';
import { LINK_GROUPS, NODE_GROUPS, sectorKey, type Shape } from './style';
import type { Visibility } from './visibility';

/** What drawing needs of a graph (small enough to hand to a render worker). */
export interface DrawGraph {
	nodes: { sdg?: number; sectors: Graph['nodes'][number]['sectors'] }[];
	links: (Pick<Graph['links'][number], 'source' | 'target' | 'group'> & {
		/** Joins two regions (other than by part_of / governed_by): drawn light until hover or focus. */
		cross?: true;
	})[];
	groups: Graph['groups'];
}

/** The drawing part of a graph. */
export function drawGraphOf(g: Graph): DrawGraph {
	const region = structureOf(g).regions.of;
	return {
		nodes: g.nodes.map((n) =>
			n.sdg ? { sdg: n.sdg, sectors: n.sectors } : { sectors: n.sectors }
		),
		links: g.links.map((l) => {
			const link = { source: l.source, target: l.target, group: l.group };
			// The organisation's backbone (a Sector part of ITU, ITU governed by its conference)
			// stays drawn in full across regions.
			const backbone = l.type === 'part_of' || l.type === 'governed_by';
			return region[l.source] === region[l.target] || backbone
				? link
				: { ...link, cross: true as const };
		}),
		groups: g.groups
	};
}

export interface Transform {
	x: number;
	y: number;
	k: number;
}

export interface DrawInput {
	g: DrawGraph;
	xy: Float32Array;
	vis: Pick<Visibility, 'nodes' | 'links' | 'count'>;
	radius: Float32Array;
	t: Transform;
	width: number;
	height: number;
	dpr: number;
	palette: Palette;
	/** Nodes kept bright (focus mode / hover); null = all bright. */
	bright: Set<number> | null;
	selected: number;
	hovered: number;
	/** The node the keyboard is on: drawn with a visible focus ring. */
	focused: number;
	/** While a big layout settles: draw a sample of the links (the cores go to the layout). */
	sparse?: boolean;
	/** Placed labels, in screen pixels (drawn last, on a halo of the background colour). */
	labels?: PlacedLabel[];
	/** The regions' outlines in graph units, drawn first as tinted areas. */
	regions?: Pick<RegionShape, 'hull' | 'colour'>[];
}

const SHAPE_OF: Record<string, Shape> = Object.fromEntries(NODE_GROUPS.map((g) => [g.id, g.shape]));

/** The fill colour of a node: its SDG's official colour, else its Sector's theme colour. */
export function nodeFill(
	g: DrawGraph,
	i: number,
	sdgColours: Map<number, string>,
	p: Palette
): string {
	const n = g.nodes[i]!;
	return (n.sdg && sdgColours.get(n.sdg)) || p.sector[sectorKey(n)]!;
}

/** Draws one frame. `sdgColours` maps SDG numbers to their official colours. */
export function drawGraph(
	ctx: CanvasRenderingContext2D,
	d: DrawInput,
	sdgColours: Map<number, string>
) {
	const { g, xy, vis, t, palette: p, bright } = d;
	const s = drawStyle(!!p.projector);
	ctx.setTransform(d.dpr, 0, 0, d.dpr, 0, 0);
	ctx.clearRect(0, 0, d.width, d.height);
	ctx.setTransform(d.dpr * t.k, 0, 0, d.dpr * t.k, d.dpr * t.x, d.dpr * t.y);
	const x0 = -t.x / t.k - 30,
		y0 = -t.y / t.k - 30;
	const x1 = (d.width - t.x) / t.k + 30,
		y1 = (d.height - t.y) / t.k + 30;
	const inView = (i: number) => {
		const x = xy[i * 2]!,
			y = xy[i * 2 + 1]!;
		return x >= x0 && x <= x1 && y >= y0 && y <= y1;
	};

	drawRegions(ctx, d);

	// Links: one path per (group, emphasis), filled in one pass over the links. Emphasis: 0 out of
	// focus, 1 a cross-region link at rest (not the selection's), 2 in focus (or any other link).
	ctx.lineCap = 'round';
	const buckets: number[][] = LINK_GROUPS.flatMap(() => [[], [], []]);
	let drawn = 0;
	const groupIndex = new Map<string, number>(LINK_GROUPS.map((lg, k) => [lg.id, k]));
	const stride = d.sparse ? Math.max(1, Math.ceil(g.links.length / 6000)) : 1;
	for (let k = 0; k < g.links.length; k += stride) {
		if (!vis.links[k]) continue;
		const l = g.links[k]!;
		if (!inView(l.source) && !inView(l.target)) continue;
		const strong = !bright || (bright.has(l.source) && bright.has(l.target));
		const picked = l.source === d.selected || l.target === d.selected;
		const level = !strong ? 0 : !bright && l.cross && !picked ? 1 : 2;
		buckets[groupIndex.get(l.group)! * 3 + level]!.push(k);
		drawn++;
	}
	// Thousands of links would hide the nodes: the more links, the fainter each one.
	const base = Math.min(s.linkAlpha.max, Math.max(s.linkAlpha.min, 12 / Math.sqrt(drawn)));
	buckets.forEach((list, b) => {
		if (!list.length) return;
		const level = b % 3;
		const strong = level > 0;
		ctx.beginPath();
		for (const k of list) {
			const l = g.links[k]!;
			ctx.moveTo(xy[l.source * 2]!, xy[l.source * 2 + 1]!);
			ctx.lineTo(xy[l.target * 2]!, xy[l.target * 2 + 1]!);
		}
		// Dashes cost a lot to rasterise: only where few enough links make them legible anyway.
		ctx.setLineDash(drawn < 2500 ? LINK_GROUPS[Math.floor(b / 3)]!.dash.map((v) => v / t.k) : []);
		ctx.strokeStyle = p.muted;
		ctx.globalAlpha =
			level === 1 ? Math.max(s.linkDim, base * 0.35) : strong ? (bright ? 0.9 : base) : s.linkDim;
		ctx.lineWidth = (strong && bright ? s.linkBright : s.link) / t.k;
		ctx.stroke();
	});
	ctx.setLineDash([]);

	// Nodes: batch by fill, shape and brightness.
	const batches = new Map<string, number[]>();
	for (let i = 0; i < g.nodes.length; i++) {
		if (!vis.nodes[i] || !inView(i)) continue;
		const key = `${nodeFill(g, i, sdgColours, p)}|${g.groups[i]}|${!bright || bright.has(i) ? 1 : 0}`;
		const list = batches.get(key);
		if (list) list.push(i);
		else batches.set(key, [i]);
	}
	const outline = s.outline / t.k;
	// Never smaller than a few pixels on screen, however far out the zoom.
	const minR = s.minRadius / t.k;
	for (const [key, list] of batches) {
		const [fill, group, on] = key.split('|') as [string, string, string];
		const shape = SHAPE_OF[group]!;
		ctx.globalAlpha = on === '1' ? 1 : 0.18;
		ctx.beginPath();
		for (const i of list)
			addShape(ctx, shape, xy[i * 2]!, xy[i * 2 + 1]!, Math.max(d.radius[i]!, minR));
		if (shape === 'ring') {
			ctx.fillStyle = p.bg;
			ctx.fill();
			ctx.strokeStyle = fill;
			ctx.lineWidth = Math.max(s.ringShape / t.k, 2);
			ctx.stroke();
		} else {
			ctx.fillStyle = fill;
			ctx.fill();
			ctx.strokeStyle = p.bg;
			ctx.lineWidth = outline;
			ctx.stroke();
		}
	}
	ctx.globalAlpha = 1;
	drawSdgNumbers(ctx, d);
	drawRings(ctx, d);
	drawLabels(ctx, d);
}

/** Each region a tinted area in its Sector's colour with a faint outline (under everything). */
function drawRegions(ctx: CanvasRenderingContext2D, d: DrawInput) {
	if (!d.regions?.length) return;
	const s = drawStyle(!!d.palette.projector);
	ctx.lineJoin = 'round';
	for (const r of d.regions) {
		if (r.hull.length < 3) continue;
		ctx.beginPath();
		r.hull.forEach(([x, y], k) => (k ? ctx.lineTo(x, y) : ctx.moveTo(x, y)));
		ctx.closePath();
		const colour = r.colour === 'none' ? d.palette.muted : d.palette.sector[r.colour]!;
		ctx.fillStyle = colour;
		ctx.globalAlpha = s.regionFill;
		ctx.fill();
		ctx.strokeStyle = colour;
		ctx.globalAlpha = s.regionLine;
		ctx.lineWidth = 1.5 / d.t.k;
		ctx.stroke();
	}
	ctx.globalAlpha = 1;
}

function drawLabels(ctx: CanvasRenderingContext2D, d: DrawInput) {
	if (!d.labels?.length) return;
	const s = drawStyle(!!d.palette.projector);
	ctx.setTransform(d.dpr, 0, 0, d.dpr, 0, 0);
	ctx.textAlign = 'left';
	ctx.textBaseline = 'middle';
	for (const l of d.labels) {
		if (l.region) {
			// Region names: larger, muted, no box (they sit on the region's edge).
			ctx.globalAlpha = 0.8;
			ctx.fillStyle = d.palette.bg;
			ctx.fillRect(l.x, l.y, l.w, l.h);
			ctx.globalAlpha = 1;
			ctx.fillStyle = d.palette.muted;
			ctx.font = labelFont(s.regionPx, true);
			ctx.fillText(l.text, l.x + 3, l.y + l.h / 2 + 0.5);
			continue;
		}
		const strong = l.i === d.selected || l.i === d.hovered;
		ctx.globalAlpha = strong ? 1 : 0.85;
		ctx.fillStyle = d.palette.bg;
		ctx.fillRect(l.x, l.y, l.w, l.h);
		ctx.globalAlpha = 1;
		ctx.fillStyle = d.palette.fg;
		ctx.font = labelFont(s.labelPx, strong);
		const lines = l.text.split('\n');
		const lh = l.h / lines.length;
		lines.forEach((t, k) => ctx.fillText(t, l.x + 3, l.y + lh * (k + 0.5) + 0.5));
	}
}

/** SDG nodes show their goal number, so colour is never the only cue. */
function drawSdgNumbers(ctx: CanvasRenderingContext2D, d: DrawInput) {
	const { g, xy, vis, t } = d;
	ctx.fillStyle = '#ffffff';
	ctx.textAlign = 'center';
	ctx.textBaseline = 'middle';
	for (let i = 0; i < g.nodes.length; i++) {
		const n = g.nodes[i]!;
		if (!n.sdg || !vis.nodes[i] || d.radius[i]! * t.k < 6) continue;
		ctx.globalAlpha = !d.bright || d.bright.has(i) ? 1 : 0.3;
		ctx.font = `700 ${Math.round(d.radius[i]! * 1.05)}px system-ui, sans-serif`;
		ctx.fillText(String(n.sdg), xy[i * 2]!, xy[i * 2 + 1]! + d.radius[i]! * 0.08);
	}
	ctx.globalAlpha = 1;
}

/** Selection, hover and keyboard-focus rings, a constant width on screen. */
function drawRings(ctx: CanvasRenderingContext2D, d: DrawInput) {
	const s = drawStyle(!!d.palette.projector);
	const ring = (i: number, colour: string, width: number, gap: number, dash: number[] = []) => {
		if (i < 0 || !d.vis.nodes[i]) return;
		ctx.beginPath();
		ctx.arc(d.xy[i * 2]!, d.xy[i * 2 + 1]!, d.radius[i]! * 1.2 + gap / d.t.k, 0, 2 * Math.PI);
		ctx.setLineDash(dash.map((v) => v / d.t.k));
		ctx.strokeStyle = colour;
		ctx.lineWidth = width / d.t.k;
		ctx.stroke();
	};
	ring(d.hovered, d.palette.fg, s.hoverRing, 3);
	ring(d.selected, d.palette.fg, s.selectedRing, 3);
	ring(d.focused, d.palette.focus, s.focusRing, s.focusGap, [5, 3]);
	ctx.setLineDash([]);
}
