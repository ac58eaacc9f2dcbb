/**
 * Which nodes and links the graph shows for a set of filters, and which nodes sit within the focus
 * depth of the selection. Pure functions over indices, so they run the same in tests and workers.
 */
import type { AlignmentMode } from '$lib/data/alignment';
import { matchesAll, type Filters } from '$lib/filters/facets';
import { activeIn, type YearRange } from '$lib/filters/years';
import type { Graph } from './model';
import type { LinkGroup, NodeGroup } from './style';

/** What of a view state decides which nodes and links the graph shows. */
export interface GraphFilterState extends Filters {
	years: YearRange | null;
	/** Legend toggles: node groups and link groups switched off. */
	hide: NodeGroup[];
	hideLinks: LinkGroup[];
	/** Which SDG links count (the aligned map is computed for it; part of the key). */
	sdgLinks?: AlignmentMode;
}

export interface Visibility {
	/** 1 where the node is shown. */
	nodes: Uint8Array;
	/** 1 where the link is shown (both ends shown, its group not hidden, held in the year range). */
	links: Uint8Array;
	/** Nodes shown only because they connect SDG-aligned nodes to a Sector. */
	connectors: Set<number>;
	count: number;
}

/**
 * Nodes passing every facet and not in a hidden legend group. With an SDG filter, the shortest path
 * from each kept node to a Sector node is kept too, so the view still shows how it connects.
 */
export function visibility(
	g: Graph,
	f: Filters,
	aligned: Map<string, Set<number>>,
	hide: readonly NodeGroup[] = [],
	hideLinks: readonly LinkGroup[] = []
): Visibility {
	const n = g.nodes.length;
	const nodes = new Uint8Array(n);
	const hidden = (i: number) => hide.includes(g.groups[i]!);
	for (let i = 0; i < n; i++) if (!hidden(i) && matchesAll(g.nodes[i]!, f, aligned)) nodes[i] = 1;
	const connectors = new Set<number>();
	if (f.sdg.length) {
		const parent = pathsToSectors(g, hidden);
		for (let i = 0; i < n; i++) {
			if (!nodes[i]) continue;
			for (let p = parent[i]!; p >= 0 && !nodes[p]; p = parent[p]!) {
				nodes[p] = 1;
				connectors.add(p);
			}
		}
	}
	const links = new Uint8Array(g.links.length);
	g.links.forEach((l, i) => {
		if (nodes[l.source] && nodes[l.target] && !hideLinks.includes(l.group) && activeIn(l, f.years))
			links[i] = 1;
	});
	let count = 0;
	for (let i = 0; i < n; i++) count += nodes[i]!;
	return { nodes, links, connectors, count };
}

/**
 * Multi-source breadth-first search from every Sector node (and the Union itself, the organisation
 * above them): `parent[i]` is the next node on a shortest path from node i towards one (-1 there, or
 * where none is reachable).
 * SDG and SDG target nodes are never crossed, so two entities are not "connected" merely by
 * sharing a goal or a target.
 */
export function pathsToSectors(g: Graph, skip: (i: number) => boolean = () => false): Int32Array {
	const parent = new Int32Array(g.nodes.length).fill(-1);
	const seen = new Uint8Array(g.nodes.length);
	const queue: number[] = [];
	g.nodes.forEach((node, i) => {
		if ((node.type === 'sector' || node.type === 'organisation') && !skip(i)) {
			seen[i] = 1;
			queue.push(i);
		}
	});
	for (let head = 0; head < queue.length; head++) {
		const u = queue[head]!;
		if (g.nodes[u]!.sdg || g.nodes[u]!.kind === 'sdg_target') continue;
		for (const v of g.neighbours[u]!) {
			if (seen[v] || skip(v)) continue;
			seen[v] = 1;
			parent[v] = u;
			queue.push(v);
		}
	}
	return parent;
}

/**
 * Breadth-first distances from `start` up to `depth` steps, through shown nodes only.
 * Returns node index → distance (0 for the start itself).
 */
export function neighbourhood(
	g: Graph,
	start: number,
	depth: number,
	shown?: Uint8Array
): Map<number, number> {
	const dist = new Map<number, number>([[start, 0]]);
	let frontier = [start];
	for (let d = 1; d <= depth && frontier.length; d++) {
		const next: number[] = [];
		for (const u of frontier)
			for (const v of g.neighbours[u]!) {
				if (dist.has(v) || (shown && !shown[v])) continue;
				dist.set(v, d);
				next.push(v);
			}
		frontier = next;
	}
	return dist;
}

/**
 * What of a view state decides which nodes are shown, as one string: a URL change that leaves it
 * alone (zoom, selection) then recomputes nothing that depends on it.
 */
export function filterKey(view: GraphFilterState): string {
	const { sdg, sector, type, status, years, hide, hideLinks, sdgLinks, doubtful } = view;
	return JSON.stringify({ sdg, sector, type, status, years, hide, hideLinks, sdgLinks, doubtful });
}
