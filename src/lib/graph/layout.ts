/**
 * The force layout, seeded and bounded: the same input always gives the same positions. Used at build
 * time for the embedded dataset and in a Web Worker for a user's dataset or a filter change.
 */
import {
	forceCollide,
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	type SimulationNodeDatum
} from 'd3-force';
import { lcg } from './seed';
import type { LayoutStructure } from './structure';

export interface LayoutOptions {
	/** Ticks to run; alpha decays so the last tick reaches alphaMin. */
	ticks: number;
	/** Starting alpha: 1 from scratch, ~0.3 to re-settle from current positions. */
	alpha: number;
	/** Barnes–Hut accuracy: higher is faster and coarser. */
	theta: number;
	/** Radius per node for collision, or null for none (too slow at thousands of nodes). */
	radius: Float32Array | null;
	seed: number;
	/**
	 * The organisation's structure (`structure.ts`): each node pulled to its region's anchor, fixed
	 * nodes held there, links across regions nearly slack. Without it: one centred cloud.
	 */
	structure?: LayoutStructure | null;
}

/** Options that keep each size fast: fewer ticks and a coarser many-body force as n grows. */
export function layoutOptions(
	n: number,
	fromScratch: boolean
): Omit<LayoutOptions, 'radius'> & { collide: boolean } {
	// Measured on 2 shared cores: ~30 ms a tick at 5,000 nodes with theta 1.5, ~120 at 20,000.
	const size = n <= 1500 ? 0 : n <= 8000 ? 1 : 2;
	return {
		ticks: fromScratch ? [300, 60, 30][size]! : [120, 40, 20][size]!,
		alpha: fromScratch ? [1, 0.5, 0.4][size]! : 0.3,
		theta: size ? 1.5 : 0.9,
		collide: !size,
		seed: 42
	};
}

interface SimNode extends SimulationNodeDatum {
	i: number;
}
type Edge = { source: number | SimNode; target: number | SimNode };
/** forceLink swaps indices for node objects once initialised; `index` is the node's slot. */
const slotOf = (end: number | SimNode) => (typeof end === 'number' ? end : end.index!);

/**
 * Runs the simulation on the nodes marked in `active` (all when null), starting from `xy`
 * (interleaved x,y, updated in place). Inactive nodes neither move nor push. `onTick` may return
 * false to stop early (a newer run replaced this one).
 */
export function runLayout(
	xy: Float32Array,
	links: Int32Array,
	active: Uint8Array | null,
	opts: LayoutOptions,
	onTick?: (tick: number) => boolean | void
): Float32Array {
	const n = xy.length / 2;
	const nodes: SimNode[] = [];
	const slot = new Int32Array(n).fill(-1);
	for (let i = 0; i < n; i++) {
		if (active && !active[i]) continue;
		slot[i] = nodes.length;
		const node: SimNode = { i, x: xy[i * 2], y: xy[i * 2 + 1] };
		if (opts.structure?.fixed[i]) {
			node.fx = opts.structure.anchor[i * 2];
			node.fy = opts.structure.anchor[i * 2 + 1];
		}
		nodes.push(node);
	}
	const edges: Edge[] = [];
	for (let k = 0; k < links.length; k += 2) {
		const a = slot[links[k]!]!;
		const b = slot[links[k + 1]!]!;
		if (a >= 0 && b >= 0) edges.push({ source: a, target: b });
	}
	// Hubs get longer links, so their many leaves have room around them.
	const deg = new Int32Array(nodes.length);
	for (const e of edges) {
		deg[slotOf(e.source)]!++;
		deg[slotOf(e.target)]!++;
	}
	const st = opts.structure ?? null;
	const crossRegion = (e: Edge) =>
		!!st && st.region[nodes[slotOf(e.source)]!.i] !== st.region[nodes[slotOf(e.target)]!.i];
	const alphaMin = 0.001;
	const sim = forceSimulation(nodes)
		.randomSource(lcg(opts.seed))
		.alpha(opts.alpha)
		.alphaMin(alphaMin)
		.alphaDecay(1 - Math.pow(alphaMin / opts.alpha, 1 / Math.max(1, opts.ticks)))
		.force(
			'link',
			forceLink<SimNode, Edge>(edges)
				.distance(
					(e) => 24 + 3 * Math.sqrt(Math.max(deg[slotOf(e.source)]!, deg[slotOf(e.target)]!))
				)
				// d3's default strength, except across regions: those links are drawn, not pulled.
				.strength((e) =>
					crossRegion(e)
						? 0.004
						: 1 / Math.max(1, Math.min(deg[slotOf(e.source)]!, deg[slotOf(e.target)]!))
				)
		)
		.force(
			'charge',
			forceManyBody<SimNode>()
				.strength(st ? (d) => st.charge[d.i]! : -70)
				.theta(opts.theta)
				.distanceMax(st ? 400 : 2000)
		)
		.force(
			'x',
			st
				? forceX<SimNode>((d) => st.anchor[d.i * 2]!).strength((d) => st.pullX[d.i]!)
				: forceX(0).strength(0.05)
		)
		.force(
			'y',
			st
				? forceY<SimNode>((d) => st.anchor[d.i * 2 + 1]!).strength((d) => st.pullY[d.i]!)
				: forceY(0).strength(0.05)
		)
		.stop();
	const radius = opts.radius;
	if (radius) sim.force('collide', forceCollide<SimNode>((d) => radius[d.i]! + 4).iterations(1));
	for (let t = 0; t < opts.ticks; t++) {
		sim.tick();
		if (onTick) {
			write(nodes, xy);
			if (onTick(t) === false) break;
		}
	}
	write(nodes, xy);
	return xy;
}

function write(nodes: SimNode[], xy: Float32Array) {
	for (const d of nodes) {
		xy[d.i * 2] = d.x!;
		xy[d.i * 2 + 1] = d.y!;
	}
}

/** Link endpoints as one flat array [source0, target0, source1, …] (what workers receive). */
export function linkPairs(links: { source: number; target: number }[]): Int32Array {
	const out = new Int32Array(links.length * 2);
	links.forEach((l, k) => {
		out[k * 2] = l.source;
		out[k * 2 + 1] = l.target;
	});
	return out;
}
