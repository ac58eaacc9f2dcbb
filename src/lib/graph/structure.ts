/**
 * Where each region of the map sits, and so where each node is pulled: governance on top, centred
 * over the Sectors; the Sectors, the Secretariat, the Union-wide work and the frameworks in one row;
 * the 17 SDGs as an ordered band below them (fixed, so alignment reads as lines from work down to
 * goals); SDG targets under their goal; partners along the top edge above what they partner with;
 * unlinked nodes in one grid per type at the bottom. Region sizes grow with their node counts.
 * Pure: the force layout (`layout.ts`) takes the result as anchors.
 */
import type { Graph } from './model';
import { assignRegions, type Regions } from './regions';

export interface LayoutStructure {
	/** Region index per node: links inside a region pull, links across regions barely. */
	region: Int32Array;
	/** Anchor x,y per node, interleaved. */
	anchor: Float32Array;
	/** Pull towards the anchor per node, horizontally and vertically (0 … 1). */
	pullX: Float32Array;
	pullY: Float32Array;
	/** 1 where the node stays exactly at its anchor (SDG band, unlinked grids). */
	fixed: Uint8Array;
	/** Many-body strength per node: the structure's regions get more room for their labels. */
	charge: Float32Array;
}

/** Room per node by region kind: the Sectors, Secretariat and governance spread out more. */
const ROOMY = new Set(['sector', 'governance']);

/** Radius of a region holding `count` nodes about `u` apart. */
export const regionRadius = (count: number, u: number, roomy = false) =>
	(roomy ? 1.35 : 1) * Math.max(1.6 * u, 0.75 * u * Math.sqrt(count));

/** The layout's anchors for a graph (see the module comment); `u` is the spacing between nodes. */
export function layoutStructure(
	g: Graph,
	u = 30,
	regions: Regions = assignRegions(g)
): LayoutStructure {
	const n = g.nodes.length;
	const anchor = new Float32Array(n * 2);
	const pullX = new Float32Array(n).fill(0.08);
	const pullY = new Float32Array(n).fill(0.08);
	const fixed = new Uint8Array(n);
	const { regions: list, of } = regions;
	const charge = Float32Array.from(of, (k) => (ROOMY.has(list[k]!.kind) ? -90 : -40));
	const centre = new Map<string, { x: number; y: number; r: number }>();
	const find = (id: string) => list.find((r) => r.id === id);

	// The main row: Sectors, Secretariat, Union-wide work, frameworks; left to right, touching.
	const row = ['ITU-R', 'ITU-T', 'ITU-D', 'GS', 'union', 'goals']
		.map(find)
		.filter((r) => r !== undefined);
	const rowR = row.map((r) => regionRadius(r.members.length, u, ROOMY.has(r.kind)));
	const gap = 1.2 * u;
	const rowW = rowR.reduce((s, r) => s + 2 * r, 0) + gap * Math.max(0, row.length - 1);
	let x = -rowW / 2;
	const rowH = Math.max(2 * u, ...rowR);
	row.forEach((r, k) => {
		// Top-aligned: the smaller Sectors sit right under the governance.
		centre.set(r.id, { x: x + rowR[k]!, y: rowR[k]!, r: rowR[k]! });
		x += 2 * rowR[k]! + gap;
	});
	const width = Math.max(rowW, 17 * 2.4 * u);

	// Governance above the Sectors (or above the row when there are none).
	const sectors = row.filter((r) => r.kind === 'sector').map((r) => centre.get(r.id)!);
	const gov = find('governance');
	const govR = gov ? regionRadius(gov.members.length, u, true) : 0;
	if (gov) {
		const span = sectors.length ? sectors : [...centre.values()];
		const gx = span.length
			? (Math.min(...span.map((c) => c.x)) + Math.max(...span.map((c) => c.x))) / 2
			: 0;
		centre.set(gov.id, { x: gx, y: -gap - govR, r: govR });
	}

	// The SDG band below the row, ordered by goal number; SDG targets under their goal.
	const bandY = 2 * rowH + 2 * u;
	const sdgX = (k: number) => -width / 2 + ((k - 0.5) / 17) * width;
	for (const i of find('sdgs')?.members ?? []) {
		const node = g.nodes[i]!;
		const goal =
			node.sdg ?? Number(/^(\d+)/.exec(node.aliases[0] ?? node.id.replace(/^\D+/, ''))?.[1] ?? 0);
		const k = goal >= 1 && goal <= 17 ? goal : 9;
		if (node.sdg) {
			anchor[i * 2] = sdgX(k);
			anchor[i * 2 + 1] = bandY;
			fixed[i] = 1;
		} else {
			anchor[i * 2] = sdgX(k);
			anchor[i * 2 + 1] = bandY + 2.5 * u;
			pullX[i] = 0.5;
			pullY[i] = 0.3;
		}
	}

	for (const r of list) {
		const c = centre.get(r.id);
		if (!c) continue;
		for (const i of r.members) {
			anchor[i * 2] = c.x;
			anchor[i * 2 + 1] = c.y;
			// The head of a region (the Sector, the Secretariat, ITU itself) holds its top centre.
			const t = g.nodes[i]!.type;
			if (t === 'sector' || t === 'secretariat' || t === 'organisation') {
				anchor[i * 2 + 1] = c.y - c.r * 0.45;
				pullX[i] = pullY[i] = 0.6;
			} else if (t === 'bureau') {
				anchor[i * 2 + 1] = c.y - c.r * 0.1;
				pullX[i] = pullY[i] = 0.3;
			}
		}
	}

	// Partners along the top edge, above the regions they link to.
	const top = (gov ? -gap - 2 * govR : 0) - 2 * u;
	for (const i of find('partners')?.members ?? []) {
		let sx = 0;
		let m = 0;
		for (const j of g.neighbours[i]!) {
			if (list[of[j]!]!.id === 'partners') continue;
			const c = centre.get(list[of[j]!]!.id);
			if (c) {
				sx += c.x;
				m++;
			}
		}
		anchor[i * 2] = m ? sx / m : 0;
		anchor[i * 2 + 1] = top;
		pullX[i] = 0.05;
		pullY[i] = 0.4;
	}

	// Unlinked nodes: one grid per type, side by side under the SDG targets.
	const left = -width / 2 + 4 * u;
	let gx = left;
	let gy = bandY + 5 * u;
	const cell = 0.9 * u;
	for (const r of list) {
		if (r.kind !== 'loose') continue;
		const cols = Math.max(1, Math.ceil(Math.sqrt(r.members.length * 2)));
		const w = (cols - 1) * cell;
		if (gx + w > width / 2 && gx > left) {
			gx = left;
			gy += 8 * u;
		}
		r.members.forEach((i, k) => {
			anchor[i * 2] = gx + (k % cols) * cell;
			anchor[i * 2 + 1] = gy + Math.floor(k / cols) * cell;
			fixed[i] = 1;
		});
		// Room between grids for their names (wider than the grids at most zooms).
		gx += w + 9 * u;
	}
	return { region: of, anchor, pullX, pullY, fixed, charge };
}

/**
 * Starting positions near the anchors: each region's nodes on a small sunflower around their anchor
 * (deterministic), so the forces start from the structure rather than from a tangle.
 */
export function anchoredSeed(s: LayoutStructure, u = 30): Float32Array {
	const n = s.region.length;
	const out = new Float32Array(n * 2);
	const count = new Map<number, number>();
	const golden = Math.PI * (3 - Math.sqrt(5));
	for (let i = 0; i < n; i++) {
		if (s.fixed[i]) {
			out[i * 2] = s.anchor[i * 2]!;
			out[i * 2 + 1] = s.anchor[i * 2 + 1]!;
			continue;
		}
		const k = count.get(s.region[i]!) ?? 0;
		count.set(s.region[i]!, k + 1);
		const r = 0.5 * u * Math.sqrt(k);
		out[i * 2] = s.anchor[i * 2]! + r * Math.cos(k * golden);
		out[i * 2 + 1] = s.anchor[i * 2 + 1]! + r * Math.sin(k * golden);
	}
	return out;
}

const cache = new WeakMap<Graph, { regions: Regions; structure: LayoutStructure }>();

/** The regions and layout structure of a graph, computed once per graph object. */
export function structureOf(g: Graph): { regions: Regions; structure: LayoutStructure } {
	let s = cache.get(g);
	if (!s) {
		const regions = assignRegions(g);
		cache.set(g, (s = { regions, structure: layoutStructure(g, 30, regions) }));
	}
	return s;
}
