/**
 * The graph as the view uses it: nodes by index, links as index pairs, adjacency lists and degrees.
 * Built once per dataset; every later step (filters, focus, layout, drawing) works on indices.
 */
import type { AtlasNode, Relation, RelationType } from '$lib/data/types';
import { linkGroup, nodeGroup, type LinkGroup, type NodeGroup } from './style';

export interface GraphLink {
	source: number;
	target: number;
	type: RelationType;
	group: LinkGroup;
	/** Index of the relation in `dataset.links`. */
	relation: number;
	/** Years the relation held, where the data gives them. */
	startYear?: number;
	endYear?: number;
}

export interface Graph {
	nodes: AtlasNode[];
	index: Map<string, number>;
	links: GraphLink[];
	/** Neighbour node indices per node (both directions, no duplicates). */
	neighbours: number[][];
	/** Link indices touching each node. */
	incident: number[][];
	degree: Int32Array;
	groups: NodeGroup[];
}

/** Indexes nodes and links; links whose ends are not nodes (or self-loops) are left out. */
export function buildGraph(nodes: AtlasNode[], relations: Relation[]): Graph {
	const index = new Map(nodes.map((n, i) => [n.id, i]));
	const links: GraphLink[] = [];
	const sets = nodes.map(() => new Set<number>());
	const incident: number[][] = nodes.map(() => []);
	relations.forEach((r, relation) => {
		const source = index.get(r.from);
		const target = index.get(r.to);
		if (source === undefined || target === undefined || source === target) return;
		incident[source]!.push(links.length);
		incident[target]!.push(links.length);
		const link: GraphLink = { source, target, type: r.type, group: linkGroup(r.type), relation };
		if (r.startYear !== undefined) link.startYear = r.startYear;
		if (r.endYear !== undefined) link.endYear = r.endYear;
		links.push(link);
		sets[source]!.add(target);
		sets[target]!.add(source);
	});
	const neighbours = sets.map((s) => [...s]);
	const degree = Int32Array.from(neighbours, (n) => n.length);
	return { nodes, index, links, neighbours, incident, degree, groups: nodes.map(nodeGroup) };
}
