/**
 * Label placement that never overlaps: candidates in priority order (forced ones first: the selection
 * and its neighbours), each tried right, left, below and above its node, kept only where its box hits
 * no placed label and no other drawn node. Zooming in spreads nodes apart, so more labels fit.
 */

export interface LabelCandidate {
	/** Node index. */
	i: number;
	/** Node centre and radius on screen, in CSS pixels. */
	x: number;
	y: number;
	r: number;
	text: string;
	/** Always labelled (the selected node and its neighbours). */
	forced: boolean;
	/** Higher first among the unforced (e.g. degree). */
	priority: number;
}

export interface PlacedLabel {
	i: number;
	text: string;
	/** Top-left corner and size of the label box. */
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface PlaceOptions {
	width: number;
	height: number;
	/** Line height of a label in pixels. */
	lineHeight: number;
	/** Most unforced labels to place. */
	max: number;
	/** Node boxes labels must not cover (centre x, y and radius), e.g. every visible node. */
	obstacles?: { x: number; y: number; r: number }[];
	/** How many of the top unforced labels may cover nodes (hubs sit among their neighbours). */
	free?: number;
}

type Box = { x: number; y: number; w: number; h: number };

const hit = (a: Box, b: Box) =>
	a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** A uniform grid of boxes for fast overlap queries. */
class Grid {
	#cells = new Map<number, Box[]>();
	constructor(private size = 64) {}
	#keys(b: Box): number[] {
		const out: number[] = [];
		for (let gx = Math.floor(b.x / this.size); gx <= Math.floor((b.x + b.w) / this.size); gx++)
			for (let gy = Math.floor(b.y / this.size); gy <= Math.floor((b.y + b.h) / this.size); gy++)
				out.push(gx * 100003 + gy);
		return out;
	}
	add(b: Box) {
		for (const k of this.#keys(b)) {
			const cell = this.#cells.get(k);
			if (cell) cell.push(b);
			else this.#cells.set(k, [b]);
		}
	}
	collides(b: Box, ignore?: Box): boolean {
		for (const k of this.#keys(b))
			for (const o of this.#cells.get(k) ?? []) if (o !== ignore && hit(b, o)) return true;
		return false;
	}
}

/** Shortens a label to `max` characters with an ellipsis. */
export function shorten(text: string, max = 32): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Places labels without overlap; forced candidates try extra positions before giving up. */
export function placeLabels(
	candidates: LabelCandidate[],
	measure: (text: string) => number,
	opts: PlaceOptions
): PlacedLabel[] {
	const labels = new Grid();
	const nodes = new Grid();
	for (const o of opts.obstacles ?? [])
		nodes.add({ x: o.x - o.r, y: o.y - o.r, w: o.r * 2, h: o.r * 2 });
	const sorted = [...candidates].sort(
		(a, b) => Number(b.forced) - Number(a.forced) || b.priority - a.priority || a.i - b.i
	);
	const placed: PlacedLabel[] = [];
	let unforced = 0;
	const h = opts.lineHeight;
	for (const c of sorted) {
		if (!c.forced && unforced >= opts.max) break;
		const w = Math.ceil(measure(c.text)) + 6;
		const gap = c.r + 3;
		const spots: Box[] = [
			{ x: c.x + gap, y: c.y - h / 2, w, h },
			{ x: c.x - gap - w, y: c.y - h / 2, w, h },
			{ x: c.x - w / 2, y: c.y + gap, w, h },
			{ x: c.x - w / 2, y: c.y - gap - h, w, h }
		];
		if (c.forced)
			for (const dy of [1, -1, 2, -2]) spots.push({ x: c.x + gap, y: c.y - h / 2 + dy * h, w, h });
		const spot = spots.find(
			(b) =>
				b.x >= 0 &&
				b.y >= 0 &&
				b.x + b.w <= opts.width &&
				b.y + b.h <= opts.height &&
				!labels.collides(b) &&
				(c.forced || unforced < (opts.free ?? 0) || !nodes.collides(b))
		);
		if (!spot) continue;
		labels.add(spot);
		placed.push({ i: c.i, text: c.text, ...spot });
		if (!c.forced) unforced++;
	}
	return placed;
}
