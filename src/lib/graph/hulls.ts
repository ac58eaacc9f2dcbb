/**
 * The regions as shapes: for each region, the convex hull of its shown nodes (each node a small
 * circle of points, so the outline clears it by a margin) and where its name goes. The canvas, the
 * SVG export and the handout figure draw these same shapes. Pure.
 */
import type { RegionLabelCandidate } from './labels';
import type { Regions, RegionKind } from './regions';
import type { Sector } from '$lib/data/types';

export type Point = [number, number];

export interface RegionShape {
	id: string;
	kind: RegionKind;
	label: string;
	short?: string;
	colour: Sector | 'none';
	/** Outline, counter-clockwise, in graph units (empty for regions drawn without an area). */
	hull: Point[];
	/** The name's anchor: the middle of the shape's top edge, in graph units. */
	labelX: number;
	labelY: number;
	/** The shape's width, in graph units. */
	width: number;
	/** Shown nodes in the region. */
	count: number;
}

const cross = (o: Point, a: Point, b: Point) =>
	(a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** The convex hull of some points (Andrew's monotone chain), counter-clockwise, no repeats. */
export function convexHull(points: Point[]): Point[] {
	const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	if (p.length < 3) return p;
	const lower: Point[] = [];
	for (const q of p) {
		while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, q) <= 0)
			lower.pop();
		lower.push(q);
	}
	const upper: Point[] = [];
	for (let k = p.length - 1; k >= 0; k--) {
		const q = p[k]!;
		while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, q) <= 0)
			upper.pop();
		upper.push(q);
	}
	return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** Region kinds drawn as a tinted area; the others (partners, unlinked grids) only get their name. */
export const AREA_KINDS = new Set<RegionKind>(['governance', 'sector', 'union', 'goals', 'sdgs']);

/**
 * The shapes of the regions with shown nodes (`shown` null: all). `margin` is the outline's distance
 * from the nodes' edges, in graph units; without `outline`, only the names' places are computed.
 */
export function regionShapes(
	regions: Regions,
	xy: Float32Array,
	radius: Float32Array,
	shown: Uint8Array | null = null,
	margin = 14,
	outline = true
): RegionShape[] {
	const out: RegionShape[] = [];
	for (const r of regions.regions) {
		const pts: Point[] = [];
		let count = 0;
		let x0 = Infinity;
		let x1 = -Infinity;
		let y0 = Infinity;
		for (const i of r.members) {
			if (shown && !shown[i]) continue;
			const x = xy[i * 2]!;
			const y = xy[i * 2 + 1]!;
			if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
			count++;
			const rr = (radius[i] ?? 4) + margin;
			if (outline)
				for (let k = 0; k < 8; k++) {
					const a = (k * Math.PI) / 4;
					pts.push([x + rr * Math.cos(a), y + rr * Math.sin(a)]);
				}
			x0 = Math.min(x0, x - rr);
			x1 = Math.max(x1, x + rr);
			y0 = Math.min(y0, y - rr);
		}
		if (!count) continue;
		const hull = outline && AREA_KINDS.has(r.kind) ? convexHull(pts) : [];
		out.push({
			id: r.id,
			kind: r.kind,
			label: r.label,
			...(r.short ? { short: r.short } : {}),
			colour: r.colour,
			hull,
			labelX: (x0 + x1) / 2,
			labelY: y0,
			width: x1 - x0,
			count
		});
	}
	return out;
}

/** A hull as an SVG path (`M…L…Z`), coordinates mapped by `at` (e.g. to the page), 1 decimal. */
export function hullPath(hull: Point[], at: (p: Point) => Point = (p) => p): string {
	if (!hull.length) return '';
	const f = (v: number) => String(Math.round(v * 10) / 10);
	return (
		hull
			.map((p, k) => {
				const [x, y] = at(p);
				return `${k ? 'L' : 'M'}${f(x)},${f(y)}`;
			})
			.join('') + 'Z'
	);
}

/**
 * The regions' names as label candidates, mapped to the page by `at` with scale `k`. A region
 * showing fewer than three nodes goes unnamed: its nodes' own labels say what it is.
 */
export function regionNames(
	shapes: RegionShape[],
	at: (p: Point) => Point,
	k: number
): RegionLabelCandidate[] {
	return shapes
		.filter((r) => r.count >= 3)
		.map((r) => {
			const [x, y] = at([r.labelX, r.labelY]);
			return {
				id: r.id,
				x,
				y,
				text: r.label,
				width: r.width * k,
				...(r.short ? { short: r.short } : {})
			};
		});
}

/**
 * The box (graph units) around the structure's regions (governance, the Sectors, the Secretariat)
 * among the shapes, e.g. for a first view on a narrow screen, where the whole map is too wide to
 * read; null when none is shown.
 */
export function structureBox(
	shapes: RegionShape[]
): { x0: number; y0: number; x1: number; y1: number } | null {
	const core = shapes.filter(
		(r) => (r.kind === 'governance' || r.kind === 'sector') && r.hull.length
	);
	if (!core.length) return null;
	const xs = core.flatMap((r) => r.hull.map((p) => p[0]));
	const ys = core.flatMap((r) => r.hull.map((p) => p[1]));
	return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}
