/**
 * The build-time layout of a dataset: seeded, run to the end, rounded to whole units so the page
 * payload stays small. The browser checks `ids` against its dataset before using it.
 */
import type { AtlasNode, Relation } from '$lib/data/types';
import { layoutOptions, linkPairs, runLayout } from './layout';
import { buildGraph } from './model';
import { seedPositions } from './seed';
import { radii } from './style';

export interface PrebuiltLayout {
	/** Node count and a short fingerprint of the ids, in order. */
	n: number;
	key: string;
	/** Rounded x,y per node, interleaved. */
	xy: number[];
}

/** A cheap fingerprint of the node ids in order (FNV-1a, hex). */
export function idsKey(nodes: { id: string }[]): string {
	let h = 0x811c9dc5;
	for (const n of nodes) {
		for (let k = 0; k < n.id.length; k++) h = Math.imul(h ^ n.id.charCodeAt(k), 0x01000193);
		h = Math.imul(h ^ 44, 0x01000193);
	}
	return (h >>> 0).toString(16);
}

/** Lays out the whole graph deterministically (the same data always gives the same numbers). */
export function prebuildLayout(nodes: AtlasNode[], relations: Relation[]): PrebuiltLayout {
	const g = buildGraph(nodes, relations);
	const { collide, ...opts } = layoutOptions(nodes.length, true);
	const radius = radii(g.nodes, g.degree);
	const xy = runLayout(seedPositions(g.neighbours), linkPairs(g.links), null, {
		...opts,
		radius: collide ? radius : null
	});
	return { n: nodes.length, key: idsKey(nodes), xy: Array.from(xy, Math.round) };
}

/** The prebuilt positions when they belong to these nodes, else null (the page then lays out itself). */
export function prebuiltFor(
	layout: PrebuiltLayout | undefined,
	nodes: { id: string }[]
): Float32Array | null {
	if (!layout || layout.n !== nodes.length || layout.key !== idsKey(nodes)) return null;
	return Float32Array.from(layout.xy);
}
