/**
 * "How is A connected to B?": the shortest paths between two nodes of the graph (up to three, of
 * the shortest length and then of the next length), and each path as a chain of relations.
 * Pure functions over indices, like `visibility.ts`.
 *
 * SDGs, goals, targets (SDG and framework ones) and indicators are never crossed (they may be the
 * ends), as in `pathsToSectors`: two bodies are not "connected" merely by sharing a goal, a target
 * or an indicator.
 */
import type { Graph } from './model';
import { relationLabel } from './style';

export interface GraphPath {
	/** Node indices from the start to the end. */
	nodes: number[];
	/** Link indices between consecutive nodes (one fewer than `nodes`). */
	links: number[];
}

export interface PathOptions {
	/** Only nodes marked 1 are used (the shown nodes); every node when absent. */
	shown?: Uint8Array;
	/** Links marked 1 are used; every link when absent. */
	links?: Uint8Array;
	/** At most this many paths (3). */
	max?: number;
}

/** A cap on the search's steps, so a dense graph never stalls the page. */
const BUDGET = 200_000;

const AIMS: ReadonlySet<string> = new Set(['sdg', 'sdg_target', 'goal', 'target', 'indicator']);
const crossable = (g: Graph, i: number) => !g.nodes[i]!.sdg && !AIMS.has(g.nodes[i]!.kind);

/**
 * Up to `max` simple paths from `a` to `b`: every shortest one first (in index order), then those
 * one step longer. Empty when they are not connected, or `a` is `b`.
 */
export function connectingPaths(
	g: Graph,
	a: number,
	b: number,
	opts: PathOptions = {}
): GraphPath[] {
	const { shown, links: shownLinks, max = 3 } = opts;
	const n = g.nodes.length;
	if (a === b || a < 0 || b < 0 || a >= n || b >= n) return [];
	if (shown && (!shown[a] || !shown[b])) return [];
	const usable = (k: number) => !shownLinks || !!shownLinks[k];
	const other = (k: number, u: number) => {
		const l = g.links[k]!;
		return l.source === u ? l.target : l.source;
	};
	// Links from u to usable neighbours, in the order of the neighbour's index, then the link's.
	const steps = (u: number) =>
		g.incident[u]!.filter((k) => usable(k))
			.map((k) => ({ k, v: other(k, u) }))
			.filter(({ v }) => !shown || shown[v])
			.sort((x, y) => x.v - y.v || x.k - y.k);

	// Distances to b (breadth first from b, crossing no SDG or target).
	const dist = new Int32Array(n).fill(-1);
	dist[b] = 0;
	const queue = [b];
	for (let head = 0; head < queue.length; head++) {
		const u = queue[head]!;
		if (u !== b && !crossable(g, u)) continue;
		for (const { v } of steps(u)) {
			if (dist[v] !== -1) continue;
			dist[v] = dist[u]! + 1;
			queue.push(v);
		}
	}
	const d = dist[a]!;
	if (d < 0) return [];

	const out: GraphPath[] = [];
	let budget = BUDGET;
	const onPath = new Uint8Array(n);
	const nodes = [a];
	const via: number[] = [];
	const seen = new Set<string>();
	// Depth first, exactly `left` more links to b, each neighbour close enough to still make it.
	const walk = (u: number, left: number) => {
		if (out.length >= max || --budget < 0) return;
		if (u === b) {
			if (left === 0) {
				const key = nodes.join(',');
				if (!seen.has(key)) {
					seen.add(key);
					out.push({ nodes: [...nodes], links: [...via] });
				}
			}
			return;
		}
		if (u !== a && !crossable(g, u)) return;
		for (const { k, v } of steps(u)) {
			if (onPath[v] || dist[v]! < 0 || dist[v]! > left - 1) continue;
			onPath[v] = 1;
			nodes.push(v);
			via.push(k);
			walk(v, left - 1);
			nodes.pop();
			via.pop();
			onPath[v] = 0;
			if (out.length >= max) return;
		}
	};
	onPath[a] = 1;
	walk(a, d);
	walk(a, d + 1);
	return out;
}

export interface PathStep {
	/** Index of the node this step leaves. */
	from: number;
	/** Index of the node it reaches. */
	to: number;
	/** The link (index in `g.links`) and its relation (index in the dataset's relations). */
	link: number;
	relation: number;
	/** The relation's wording ("partner of"). */
	label: string;
	/** True when the relation reads from `from` to `to`; false when it reads backwards. */
	forward: boolean;
}

/** The steps of a path, each with its relation and the direction it reads in. */
export function pathSteps(g: Graph, p: GraphPath): PathStep[] {
	return p.links.map((k, s) => {
		const l = g.links[k]!;
		const from = p.nodes[s]!;
		return {
			from,
			to: p.nodes[s + 1]!,
			link: k,
			relation: l.relation,
			label: relationLabel(l.type),
			forward: l.source === from
		};
	});
}

/** A path as one line: "EQUALS — established by → ITU ← established by — Giga". */
export function pathSentence(g: Graph, p: GraphPath, name = (i: number) => g.nodes[i]!.name) {
	let out = name(p.nodes[0]!);
	for (const s of pathSteps(g, p))
		out += s.forward ? ` — ${s.label} → ${name(s.to)}` : ` ← ${s.label} — ${name(s.to)}`;
	return out;
}

/** Every node and link on the paths: what stays bright while the rest fades. */
export function pathMembers(paths: readonly GraphPath[]): {
	nodes: Set<number>;
	links: Set<number>;
} {
	const nodes = new Set<number>();
	const links = new Set<number>();
	for (const p of paths) {
		for (const i of p.nodes) nodes.add(i);
		for (const k of p.links) links.add(k);
	}
	return { nodes, links };
}
