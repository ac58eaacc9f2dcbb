/**
 * Deterministic starting positions: a radial tree over a breadth-first spanning forest, rooted at the
 * best-connected node of each component. Starting from the hierarchy, the force layout needs far fewer
 * ticks than from d3's phyllotaxis spiral, and the same data always starts (and so ends) the same.
 */
import { hierarchy, tree } from 'd3-hierarchy';

interface TreeNode {
	i: number;
	children: TreeNode[];
}

/** A seeded linear congruential generator in [0, 1) (the constants d3-force uses). */
export function lcg(seed = 1): () => number {
	let s = seed >>> 0 || 1;
	return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

/**
 * Breadth-first spanning forest: `parent[i]` (-1 for a root); roots are taken by decreasing degree,
 * then by index, and neighbours are visited in the same order, so the result depends only on the data.
 */
export function spanningForest(neighbours: number[][]): { parent: Int32Array; roots: number[] } {
	const n = neighbours.length;
	const parent = new Int32Array(n).fill(-1);
	const seen = new Uint8Array(n);
	const order = [...neighbours.keys()].sort(
		(a, b) => neighbours[b]!.length - neighbours[a]!.length || a - b
	);
	const roots: number[] = [];
	for (const r of order) {
		if (seen[r]) continue;
		roots.push(r);
		seen[r] = 1;
		const queue = [r];
		for (let h = 0; h < queue.length; h++) {
			const u = queue[h]!;
			for (const v of neighbours[u]!) {
				if (seen[v]) continue;
				seen[v] = 1;
				parent[v] = u;
				queue.push(v);
			}
		}
	}
	return { parent, roots };
}

/**
 * Starting x,y per node (interleaved in one array): a radial tree whose radius grows with √n so the
 * density matches the force layout's spacing of about `spacing` units between neighbours.
 */
export function seedPositions(neighbours: number[][], spacing = 30): Float32Array {
	const n = neighbours.length;
	const out = new Float32Array(n * 2);
	if (!n) return out;
	const { parent, roots } = spanningForest(neighbours);
	const items: TreeNode[] = Array.from({ length: n }, (_, i) => ({ i, children: [] }));
	for (let i = 0; i < n; i++) if (parent[i]! >= 0) items[parent[i]!]!.children.push(items[i]!);
	// One component: its root sits at the centre; several: their roots share the first ring.
	// The largest component (the first root: the best-connected node) is a radial tree around the
	// centre; the other, small components sit on a spiral just outside it.
	const radius = spacing * Math.sqrt(n) * 0.9;
	const laid = tree<TreeNode>()
		.size([2 * Math.PI, radius])
		.separation((a, b) => (a.parent === b.parent ? 1 : 2) / Math.max(1, a.depth))(
		hierarchy(items[roots[0]!]!, (d) => d.children)
	);
	const depth = Math.max(1, laid.height);
	laid.each((d) => {
		// Spread depths by square root so outer rings, which hold most nodes, get more room.
		const r = radius * Math.sqrt(d.depth / depth);
		out[d.data.i * 2] = r * Math.cos(d.x - Math.PI / 2);
		out[d.data.i * 2 + 1] = r * Math.sin(d.x - Math.PI / 2);
	});
	const golden = Math.PI * (3 - Math.sqrt(5));
	roots.slice(1).forEach((r, k) => {
		const a = k * golden;
		const rr = radius + spacing * (1 + Math.sqrt(k));
		const cx = rr * Math.cos(a);
		const cy = rr * Math.sin(a);
		hierarchy(items[r]!, (d) => d.children).each((d, j) => {
			out[d.data.i * 2] = cx + (j ? (spacing / 2) * Math.cos(j * golden) * Math.sqrt(j) : 0);
			out[d.data.i * 2 + 1] = cy + (j ? (spacing / 2) * Math.sin(j * golden) * Math.sqrt(j) : 0);
		});
	});
	return out;
}
