/** Small geometry and wording helpers for the graph view. */
import type { Graph } from './model';
import { typeLabel } from './style';

/** A rectangle in graph units. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/**
 * Bounding box of the nodes marked in `mask` (all when null); a unit box around 0 when none.
 * With `trim`, that share of nodes at each edge is left out, so a few strays do not shrink the view.
 */
export function bounds(xy: Float32Array, mask: Uint8Array | null, pad = 20, trim = 0): Box {
	if (trim > 0) return trimmedBounds(xy, mask, pad, trim);
	let x0 = Infinity,
		y0 = Infinity,
		x1 = -Infinity,
		y1 = -Infinity;
	for (let i = 0; i < xy.length / 2; i++) {
		if (mask && !mask[i]) continue;
		const x = xy[i * 2]!,
			y = xy[i * 2 + 1]!;
		if (x < x0) x0 = x;
		if (x > x1) x1 = x;
		if (y < y0) y0 = y;
		if (y > y1) y1 = y;
	}
	if (x0 > x1) return { x0: -100, y0: -100, x1: 100, y1: 100 };
	return { x0: x0 - pad, y0: y0 - pad, x1: x1 + pad, y1: y1 + pad };
}

/** What a screen reader hears on a node: "Telecommunication Development Sector (ITU-D), sector, 24 connections". */
export function describeNode(g: Graph, i: number): string {
	const n = g.nodes[i]!;
	const short = n.aliases.find((a) => a.length <= 12 && a !== n.name);
	const d = g.degree[i]!;
	return `${n.name}${short ? ` (${short})` : ''}, ${typeLabel(n.type)}, ${d} connection${d === 1 ? '' : 's'}`;
}

function trimmedBounds(xy: Float32Array, mask: Uint8Array | null, pad: number, trim: number): Box {
	const xs: number[] = [];
	const ys: number[] = [];
	for (let i = 0; i < xy.length / 2; i++) {
		if (mask && !mask[i]) continue;
		xs.push(xy[i * 2]!);
		ys.push(xy[i * 2 + 1]!);
	}
	if (xs.length < 20) return bounds(xy, mask, pad);
	xs.sort((a, b) => a - b);
	ys.sort((a, b) => a - b);
	const lo = Math.floor(xs.length * trim);
	const hi = xs.length - 1 - lo;
	return { x0: xs[lo]! - pad, y0: ys[lo]! - pad, x1: xs[hi]! + pad, y1: ys[hi]! + pad };
}
