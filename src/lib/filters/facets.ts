/**
 * The filters every view shares: SDG, Sector, type and status. A node passes when it matches every
 * active facet (any value within a facet). Views add their own extras (the graph keeps what connects
 * SDG-aligned entities to the Sectors; the timeline adds a year range).
 */
import { SECTORS, STATUSES, type AtlasNode, type Sector, type Status } from '$lib/data/types';
import { activeIn, type YearRange } from './years';

export interface Filters {
	sdg: number[];
	sector: Sector[];
	type: string[];
	status: Status[];
	/** The shared year range: only nodes active in it pass (not a facet: no counts of its own). */
	years?: YearRange | null;
	/** Names flagged doubtful pass only when true (`doubtful=1`); left out by default. */
	doubtful?: boolean;
}

export type FacetKey = Exclude<keyof Filters, 'years' | 'doubtful'>;

export const NO_FILTERS: Filters = { sdg: [], sector: [], type: [], status: [] };

/** Sector values offered in the filter bar, in display order. */
export const SECTOR_OPTIONS: readonly Sector[] = SECTORS;
export const STATUS_OPTIONS: readonly Status[] = STATUSES;

/** True when no facet is active. */
export function isEmpty(f: Filters): boolean {
	return !f.sdg.length && !f.sector.length && !f.type.length && !f.status.length;
}

/**
 * For each node, the SDG numbers it is aligned with: its own number for an SDG node, and the number
 * of every SDG node it links to.
 */
export function sdgAlignment(
	nodes: AtlasNode[],
	links: { from: string; to: string }[]
): Map<string, Set<number>> {
	const sdgOf = new Map(nodes.filter((n) => n.sdg).map((n) => [n.id, n.sdg!]));
	const out = new Map<string, Set<number>>();
	const add = (id: string, sdg: number) => {
		let s = out.get(id);
		if (!s) out.set(id, (s = new Set()));
		s.add(sdg);
	};
	for (const [id, n] of sdgOf) add(id, n);
	for (const l of links) {
		const a = sdgOf.get(l.to);
		if (a) add(l.from, a);
		const b = sdgOf.get(l.from);
		if (b) add(l.to, b);
	}
	return out;
}

/** Whether one node matches one facet (an empty facet matches everything). */
export function matchesFacet(
	node: AtlasNode,
	key: FacetKey,
	f: Filters,
	aligned: Map<string, Set<number>>
): boolean {
	switch (key) {
		case 'sdg': {
			// SDG targets are shown where a view needs them: under an SDG filter.
			if (!f.sdg.length) return node.kind !== 'sdg_target';
			const s = aligned.get(node.id);
			return !!s && f.sdg.some((n) => s.has(n));
		}
		case 'sector':
			return !f.sector.length || node.sectors.some((s) => f.sector.includes(s));
		case 'type':
			return !f.type.length || f.type.includes(node.type);
		case 'status':
			return !f.status.length || f.status.includes(node.status);
	}
}

const KEYS: FacetKey[] = ['sdg', 'sector', 'type', 'status'];

/** Whether a node passes every facet, optionally ignoring one (for faceted counts). */
export function matchesAll(
	node: AtlasNode,
	f: Filters,
	aligned: Map<string, Set<number>>,
	except?: FacetKey
): boolean {
	return (
		(f.doubtful === true || node.status !== 'doubtful') &&
		activeIn(node, f.years) &&
		KEYS.every((k) => k === except || matchesFacet(node, k, f, aligned))
	);
}

export type FacetCounts = { [K in FacetKey]: Map<string, number> };

/**
 * How many nodes each option would show, given the other active facets (so counts update as
 * filters change, and an option never claims nodes another facet already hides).
 */
export function facetCounts(
	nodes: AtlasNode[],
	f: Filters,
	aligned: Map<string, Set<number>>
): FacetCounts {
	const counts: FacetCounts = {
		sdg: new Map(),
		sector: new Map(),
		type: new Map(),
		status: new Map()
	};
	const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
	for (const node of nodes) {
		for (const key of KEYS) {
			if (!matchesAll(node, f, aligned, key)) continue;
			if (key === 'sdg') for (const n of aligned.get(node.id) ?? []) bump(counts.sdg, String(n));
			else if (key === 'sector') for (const s of node.sectors) bump(counts.sector, s);
			else if (key === 'type') bump(counts.type, node.type);
			else bump(counts.status, node.status);
		}
	}
	return counts;
}
