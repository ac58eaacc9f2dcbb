/**
 * The current view as a standalone SVG document: the shown nodes and links in their colours, shapes
 * and line styles, labels that do not overlap, a legend, the active filters and a sources line.
 * Given the screen's frame, labels, selection and highlighted links, it is the picture on screen
 * (clipped to the frame, its aspect kept). The PNG export draws this same SVG onto a canvas.
 */
import type { Graph } from './model';
import type { Palette } from './themeColours.svelte';
import { bounds } from './geometry';
import { hullPath, regionNames, regionShapes } from './hulls';
import { structureOf } from './structure';
import { placeLabels, shorten } from './labels';
import { shapePath } from './shapes';
import { LINK_GROUPS, NODE_GROUPS, SECTOR_LABELS, sectorKey, textOn } from './style';
import type { Visibility } from './visibility';
import { wrap } from '../export/stamp';

export interface ExportInput {
	g: Graph;
	xy: Float32Array;
	vis: Visibility;
	radius: Float32Array;
	sdgColours: Map<number, string>;
	palette: Palette;
	/** Nodes kept bright (focus mode), or null. */
	bright: Set<number> | null;
	title: string;
	/** e.g. "Filters: SDG 13; Sector ITU-D" or "Filters: none". */
	filters: string;
	/** e.g. "Sources: ITU Atlas dataset 3f2a1c (data/*.csv), built 2026-11-23". */
	sources: string;
	/** Lines under the sources: the view's description, the data version and date, the link. */
	caption?: string[];
	measure: (text: string) => number;
	/** The part of the graph on screen (graph units); else every shown node, fitted. */
	frame?: { x0: number; y0: number; x1: number; y1: number } | null;
	/** The labels on screen (node and text); else labels are placed here by degree. */
	labels?: readonly { i: number; text: string }[] | null;
	/** The selected node (ringed), or -1. */
	selected?: number;
	/** Links drawn strong (the connections shown), or null. */
	strong?: Set<number> | null;
}

/** Escapes text for XML content and attribute values. */
export function esc(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const GRAPH_W = 1200;

/** Builds the SVG document text. */
export function exportSvg(d: ExportInput): string {
	const { g, xy, vis, palette: p } = d;
	const b = d.frame ?? bounds(xy, vis.nodes, 30);
	const k = GRAPH_W / Math.max(1, b.x1 - b.x0);
	const graphH = Math.round(Math.min(1400, Math.max(300, (b.y1 - b.y0) * k)));
	const kk = Math.min(k, graphH / Math.max(1, b.y1 - b.y0));
	const X = (i: number) => (xy[i * 2]! - b.x0) * kk;
	const Y = (i: number) => (xy[i * 2 + 1]! - b.y0) * kk + 60;
	const R = (i: number) => Math.max(1.5, d.radius[i]! * Math.min(1, kk * 1.5));
	const legendH = 30 + 20 * Math.max(NODE_GROUPS.length, LINK_GROUPS.length, 7);
	const caption = (d.caption ?? []).flatMap((l) => wrap(l, 170));
	const H = 60 + graphH + legendH + 40 + caption.length * 16;
	const dim = (i: number) => (d.bright && !d.bright.has(i) ? ' opacity="0.2"' : '');
	const lit = (k: number) => {
		const l = g.links[k]!;
		return d.strong
			? d.strong.has(k)
			: !d.bright || (d.bright.has(l.source) && d.bright.has(l.target));
	};
	const out: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${GRAPH_W}" height="${H}" viewBox="0 0 ${GRAPH_W} ${H}" font-family="system-ui, sans-serif">`,
		`<rect width="100%" height="100%" fill="${esc(p.bg)}"/>`,
		`<text x="16" y="30" font-size="20" font-weight="700" fill="${esc(p.fg)}">${esc(d.title)}</text>`,
		`<text x="16" y="50" font-size="13" fill="${esc(p.fg)}">${esc(d.filters)}</text>`,
		// The graph stays in its box: what lies outside the screen's frame is cut, as on screen.
		`<clipPath id="graph-area"><rect x="0" y="60" width="${GRAPH_W}" height="${graphH}"/></clipPath>`,
		'<g clip-path="url(#graph-area)">'
	];
	// The organisation's regions under everything (the same shapes as on screen).
	const shapes = regionShapes(structureOf(g).regions, xy, d.radius, vis.nodes);
	const toPage = ([x, y]: [number, number]): [number, number] => [
		(x - b.x0) * kk,
		(y - b.y0) * kk + 60
	];
	for (const r of shapes)
		if (r.hull.length)
			out.push(
				`<path d="${hullPath(r.hull, toPage)}" fill="${esc(p.sector[r.colour]!)}" fill-opacity="0.07" stroke="${esc(p.sector[r.colour]!)}" stroke-opacity="0.35"/>`
			);
	for (const lg of LINK_GROUPS) {
		const segs: string[] = [];
		g.links.forEach((l, i) => {
			if (vis.links[i] && l.group === lg.id && !lit(i))
				segs.push(
					`M${X(l.source).toFixed(1)},${Y(l.source).toFixed(1)}L${X(l.target).toFixed(1)},${Y(l.target).toFixed(1)}`
				);
		});
		if (segs.length)
			out.push(
				`<path d="${segs.join('')}" fill="none" stroke="${esc(p.muted)}" stroke-opacity="${d.bright || d.strong ? 0.15 : 0.5}" stroke-width="1"${lg.dash.length ? ` stroke-dasharray="${lg.dash.join(' ')}"` : ''}/>`
			);
	}
	// The links in focus or on a path shown, over the others and stronger.
	if (d.bright || d.strong)
		for (const lg of LINK_GROUPS) {
			const segs: string[] = [];
			g.links.forEach((l, i) => {
				if (vis.links[i] && l.group === lg.id && lit(i))
					segs.push(
						`M${X(l.source).toFixed(1)},${Y(l.source).toFixed(1)}L${X(l.target).toFixed(1)},${Y(l.target).toFixed(1)}`
					);
			});
			if (segs.length)
				out.push(
					`<path d="${segs.join('')}" fill="none" stroke="${esc(p.fg)}" stroke-opacity="0.9" stroke-width="${d.strong ? 2.5 : 1.5}"${lg.dash.length ? ` stroke-dasharray="${lg.dash.join(' ')}"` : ''}/>`
				);
		}
	const shapeOf = new Map<string, (typeof NODE_GROUPS)[number]['shape']>(
		NODE_GROUPS.map((x) => [x.id, x.shape])
	);
	for (let i = 0; i < g.nodes.length; i++) {
		if (!vis.nodes[i]) continue;
		const n = g.nodes[i]!;
		const fill = (n.sdg && d.sdgColours.get(n.sdg)) || p.sector[sectorKey(n)]!;
		const shape = shapeOf.get(g.groups[i]!)!;
		const path = shapePath(shape, X(i), Y(i), R(i));
		out.push(
			shape === 'ring'
				? `<path d="${path}" fill="${esc(p.bg)}" stroke="${esc(fill)}" stroke-width="2"${dim(i)}/>`
				: `<path d="${path}" fill="${esc(fill)}" stroke="${esc(p.bg)}" stroke-width="1"${dim(i)}/>`
		);
		if (n.sdg && R(i) >= 6)
			out.push(
				`<text x="${X(i).toFixed(1)}" y="${(Y(i) + R(i) * 0.38).toFixed(1)}" font-size="${Math.round(R(i))}" font-weight="700" text-anchor="middle" fill="${textOn(fill)}">${n.sdg}</text>`
			);
	}
	const sel = d.selected ?? -1;
	if (sel >= 0 && vis.nodes[sel])
		out.push(
			`<circle cx="${X(sel).toFixed(1)}" cy="${Y(sel).toFixed(1)}" r="${(R(sel) * 1.2 + 3).toFixed(1)}" fill="none" stroke="${esc(p.fg)}" stroke-width="2.5"/>`
		);
	out.push('</g>');
	// The screen's labels when given (the same nodes and words), else the best connected shown nodes.
	const candidates = d.labels
		? d.labels
				.filter(({ i }) => vis.nodes[i])
				.map(({ i, text }, k) => ({
					i,
					x: X(i),
					y: Y(i) - 60,
					r: R(i),
					text,
					forced: false,
					priority: d.labels!.length - k
				}))
		: [...g.nodes.keys()]
				.filter((i) => vis.nodes[i] && (!d.bright || d.bright.has(i)))
				.map((i) => ({
					i,
					x: X(i),
					y: Y(i) - 60,
					r: R(i),
					text: shorten(g.nodes[i]!.name, 28),
					forced: false,
					priority: g.degree[i]!
				}));
	for (const l of placeLabels(candidates, d.measure, {
		width: GRAPH_W,
		height: graphH,
		lineHeight: 16,
		max: d.labels ? d.labels.length : 40,
		regions: regionNames(shapes, ([x, y]) => [(x - b.x0) * kk, (y - b.y0) * kk], kk),
		regionScale: 14 / 12
	}))
		out.push(
			l.region
				? `<text x="${(l.x + 3).toFixed(1)}" y="${(l.y + 60 + l.h / 2).toFixed(1)}" dy="0.35em" font-size="14" font-weight="700" fill="${esc(p.muted)}" stroke="${esc(p.bg)}" stroke-width="3" paint-order="stroke">${esc(l.text)}</text>`
				: // A label of two lines (the screen's) is two tspans, 16 px apart.
					`<text x="${(l.x + 3).toFixed(1)}" y="${(l.y + 72).toFixed(1)}" font-size="12" font-weight="700" fill="${esc(p.fg)}" stroke="${esc(p.bg)}" stroke-width="3" paint-order="stroke">${l.text
						.split('\n')
						.map(
							(t, k) => `<tspan x="${(l.x + 3).toFixed(1)}" dy="${k ? 16 : 0}">${esc(t)}</tspan>`
						)
						.join('')}</text>`
		);
	out.push(
		...legend(d, 60 + graphH + 10),
		`<text x="16" y="${H - 14 - caption.length * 16}" font-size="12" fill="${esc(p.fg)}">${esc(d.sources)}</text>`,
		...caption.map(
			(l, k) =>
				`<text x="16" y="${H - 14 - (caption.length - 1 - k) * 16}" font-size="12" fill="${esc(p.fg)}">${esc(l)}</text>`
		),
		'</svg>'
	);
	return out.join('\n');
}

function legend(d: ExportInput, top: number): string[] {
	const p = d.palette;
	const out = [
		`<text x="16" y="${top + 16}" font-size="14" font-weight="700" fill="${esc(p.fg)}">Legend</text>`
	];
	const row = (col: number, k: number, icon: string, text: string) =>
		out.push(
			`<g transform="translate(${16 + col * 400},${top + 30 + k * 20})">${icon}<text x="26" y="13" font-size="12" fill="${esc(p.fg)}">${esc(text)}</text></g>`
		);
	Object.entries(SECTOR_LABELS).forEach(([key, label], k) =>
		row(0, k, `<circle cx="9" cy="9" r="6" fill="${esc(p.sector[key]!)}"/>`, label)
	);
	row(
		0,
		6,
		`<path d="${shapePath('star', 9, 9, 6)}" fill="#3F7E44"/>`,
		'SDGs: official colours, with the goal number'
	);
	NODE_GROUPS.forEach((ng, k) =>
		row(
			1,
			k,
			`<path d="${shapePath(ng.shape, 9, 9, 6)}" fill="${ng.shape === 'ring' ? 'none' : esc(p.muted)}" stroke="${esc(p.muted)}" stroke-width="${ng.shape === 'ring' ? 2 : 0}"/>`,
			ng.label
		)
	);
	LINK_GROUPS.forEach((lg, k) =>
		row(
			2,
			k,
			`<line x1="0" y1="9" x2="22" y2="9" stroke="${esc(p.muted)}" stroke-width="2"${lg.dash.length ? ` stroke-dasharray="${lg.dash.join(' ')}"` : ''}/>`,
			lg.label.replace(/ \(.*/, '')
		)
	);
	return out;
}
