/**
 * Label placement that never overlaps: region names first (over their region), then candidates in
 * priority order (forced ones first: the selection and its neighbours), each tried right, left, below
 * and above its node, kept only where its box hits no placed label, no reserved box (the zoom
 * buttons) and no other drawn node. Zooming in spreads nodes apart, so more labels fit. A label's
 * text may hold several lines ("\n").
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
	/** Tries the extra positions forced labels try (the structure's top nodes). */
	persistent?: boolean;
}

/** A region's name, centred above the point x,y (the top of its outline), in CSS pixels. */
export interface RegionLabelCandidate {
	id: string;
	x: number;
	y: number;
	text: string;
	/** A shorter name tried where the full one does not fit (the Sector's short name). */
	short?: string;
	/** The region's width on screen: a full name much wider than it gives way to the short one. */
	width?: number;
}

export interface PlacedLabel {
	/** Node index, or -1 for a region's name. */
	i: number;
	text: string;
	/** Set on a region's name (drawn larger and muted). */
	region?: string;
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
	/** Boxes no label may cover (the zoom buttons), in CSS pixels. */
	reserved?: Box[];
	/** Region names, placed before any node label. */
	regions?: RegionLabelCandidate[];
	/** Region names' width relative to `measure` (their type is larger), 1 by default. */
	regionScale?: number;
}

export type Box = { x: number; y: number; w: number; h: number };

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
	for (const b of opts.reserved ?? []) labels.add(b);
	for (const o of opts.obstacles ?? [])
		nodes.add({ x: o.x - o.r, y: o.y - o.r, w: o.r * 2, h: o.r * 2 });
	const sorted = [...candidates].sort(
		(a, b) => Number(b.forced) - Number(a.forced) || b.priority - a.priority || a.i - b.i
	);
	const placed: PlacedLabel[] = [];
	const inside = (b: Box) =>
		b.x >= 0 && b.y >= 0 && b.x + b.w <= opts.width && b.y + b.h <= opts.height;
	const h1 = Math.round(opts.lineHeight * (opts.regionScale ?? 1));
	for (const r of opts.regions ?? []) {
		// A name far wider than its region (zoomed out, a phone) gives way to the short name, or to
		// nothing: it would cover its neighbours' names.
		const scale = opts.regionScale ?? 1;
		const fits = (t: string) => r.width === undefined || measure(t) * scale <= r.width * 1.4;
		const loose = (t: string) => r.width === undefined || measure(t) * scale <= r.width * 3;
		const texts = [r.text, r.short ?? ''].filter(
			(t, k) => t && (k === 1 ? loose(t) : fits(t) || (!r.short && loose(t)))
		);
		for (const text of texts) {
			const w = Math.ceil(measure(text) * (opts.regionScale ?? 1)) + 6;
			const x = Math.min(Math.max(0, r.x - w / 2), opts.width - w);
			const boxes = [r.y - h1 - 2, r.y + 2]
				.map((y) => ({ x, y, w, h: h1 }))
				.filter((b) => inside(b) && !labels.collides(b));
			// Off the nodes where it can be (an unlinked grid's name above the grid, not on it).
			const spot = boxes.find((b) => !nodes.collides(b)) ?? boxes[0];
			if (!spot) continue;
			labels.add(spot);
			placed.push({ i: -1, text, region: r.id, ...spot });
			break;
		}
	}
	let unforced = 0;
	for (const c of sorted) {
		if (!c.forced && unforced >= opts.max) break;
		const lines = c.text.split('\n');
		const h = opts.lineHeight * lines.length;
		const w = Math.ceil(Math.max(...lines.map(measure))) + 6;
		const gap = c.r + 3;
		const right = (dy: number) => ({ x: c.x + gap, y: c.y - h / 2 + dy, w, h });
		const left = (dy: number) => ({ x: c.x - gap - w, y: c.y - h / 2 + dy, w, h });
		const below = { x: c.x - w / 2, y: c.y + gap, w, h };
		const above = { x: c.x - w / 2, y: c.y - gap - h, w, h };
		const line = opts.lineHeight;
		// Forced and persistent labels stay on their node's right where a small shift allows, so a
		// label rarely crosses over to a neighbouring group.
		const spots: Box[] =
			c.forced || c.persistent
				? [
						right(0),
						right(line),
						right(-line),
						left(0),
						left(line),
						left(-line),
						below,
						above,
						right(2 * line),
						right(-2 * line),
						left(2 * line),
						left(-2 * line)
					]
				: [right(0), left(0), below, above];
		const spot = spots.find(
			(b) =>
				inside(b) &&
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
