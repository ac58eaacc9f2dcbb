/// <reference lib="webworker" />
/**
 * Runs the force layout off the main thread. One request per worker run; a newer run replaces the
 * worker (the page terminates it), so a long layout never queues behind a stale one.
 * In: `LayoutRequest`. Out: `LayoutMessage` — positions every 30 ms (200 ms for big graphs) while `animate`, then the end.
 */
import { layoutOptions, runLayout } from './layout';
import { seedPositions } from './seed';
import { anchoredSeed, type LayoutStructure } from './structure';

export interface LayoutRequest {
	n: number;
	/** Link endpoints as pairs [s0, t0, s1, t1, …]. */
	links: Int32Array;
	/** Current positions (x,y interleaved), or null to start from the hierarchy. */
	xy: Float32Array | null;
	/** Nodes that take part (others stay put), or null for all. */
	active: Uint8Array | null;
	/** Collision radius per node (used only for small graphs). */
	radius: Float32Array;
	/** The organisation's structure (`layoutStructure`), or null for a plain centred layout. */
	structure?: LayoutStructure | null;
	/** Post intermediate positions (false under reduced motion: only the end is shown). */
	animate: boolean;
}

export interface LayoutMessage {
	type: 'tick' | 'end';
	xy: Float32Array;
	/** 0 … 1 */
	progress: number;
}

function neighboursOf(n: number, links: Int32Array): number[][] {
	const out: number[][] = Array.from({ length: n }, () => []);
	for (let k = 0; k < links.length; k += 2) {
		out[links[k]!]!.push(links[k + 1]!);
		out[links[k + 1]!]!.push(links[k]!);
	}
	return out;
}

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
	const { n, links, active, radius, animate, structure = null } = e.data;
	const post = (m: LayoutMessage) => (self as unknown as Worker).postMessage(m, [m.xy.buffer]);
	const fromScratch = !e.data.xy;
	const xy =
		e.data.xy ?? (structure ? anchoredSeed(structure) : seedPositions(neighboursOf(n, links)));
	let count = n;
	if (active) {
		count = 0;
		for (let i = 0; i < n; i++) count += active[i]!;
	}
	const { collide, ...opts } = layoutOptions(count, fromScratch);
	if (animate && fromScratch) post({ type: 'tick', xy: xy.slice(), progress: 0 });
	// Big graphs post less often: each post costs a redraw, and the cores are better spent settling.
	const every = count > 1500 ? 200 : 30;
	let last = performance.now();
	runLayout(xy, links, active, { ...opts, radius: collide ? radius : null, structure }, (t) => {
		const now = performance.now();
		if (animate && now - last > every) {
			last = now;
			post({ type: 'tick', xy: xy.slice(), progress: t / opts.ticks });
		}
	});
	post({ type: 'end', xy, progress: 1 });
};
