/**
 * The organisation's regions: which part of the map each node belongs to. Each Sector and the
 * General Secretariat holds its bureau, study groups, advisory group, programmes and events; the
 * governance bodies and the Union-wide work have their own; SDGs, frameworks and partners theirs;
 * nodes without any link are grouped by type. A pure function of the graph, so the same data always
 * gives the same regions (and, through `structure.ts`, the same picture).
 */
import type { Sector } from '$lib/data/types';
import type { Graph } from './model';
import { SECTOR_LABELS, typeLabel } from './style';

export type RegionKind =
	'governance' | 'sector' | 'union' | 'goals' | 'sdgs' | 'partners' | 'loose';

export interface Region {
	id: string;
	kind: RegionKind;
	/** The region's name as the map writes it. */
	label: string;
	/** A shorter name from the data (a Sector's short name), written where the full one does not fit. */
	short?: string;
	/** Colour key (a Sector, "ITU" or "none"). */
	colour: Sector | 'none';
	/** Node indices, in index order. */
	members: number[];
}

export interface Regions {
	regions: Region[];
	/** Region index per node. */
	of: Int32Array;
}

/** The Sectors and the Secretariat, in the order their regions sit from left to right. */
export const SECTOR_ORDER = ['ITU-R', 'ITU-T', 'ITU-D', 'GS'] as const;

const GOVERNANCE_TYPES = new Set([
	'organisation',
	'governing_body',
	'working_group',
	'membership_category',
	'treaty'
]);
const GOAL_KINDS = new Set(['framework', 'goal', 'target', 'indicator', 'wsis']);

/** Region labels that are not a node's own name (the map's words, kept together for i18n). */
export const REGION_TEXT = {
	intro:
		'The map groups the nodes into regions (governance on top, the Sectors under it, the SDGs along the bottom):',
	governance: 'Governance and membership',
	union: 'Union-wide work',
	goals: 'Frameworks, targets and WSIS action lines',
	sdgs: 'Sustainable Development Goals',
	partners: 'Partners',
	loose: (type: string, n: number) => `Not linked: ${typeLabel(type)} (${n})`
};

/**
 * The structural parent of each node (-1 for none): A part_of B, A instance_of B and A heads B make
 * B the parent of A; A runs B and A organises B make A the parent of B. The first such relation wins.
 */
export function structuralParents(g: Graph): Int32Array {
	const parent = new Int32Array(g.nodes.length).fill(-1);
	for (const l of g.links) {
		if (l.type === 'part_of' || l.type === 'instance_of' || l.type === 'heads') {
			if (parent[l.source]! < 0) parent[l.source] = l.target;
		} else if (l.type === 'runs' || l.type === 'organises') {
			if (parent[l.target]! < 0) parent[l.target] = l.source;
		}
	}
	return parent;
}

/** The region key of one node before inheritance: null when it takes its parent's. */
function ownKey(g: Graph, i: number): string | null {
	const n = g.nodes[i]!;
	if (!g.degree[i]) return `loose:${n.type}`;
	if (n.kind === 'sdg' || n.kind === 'sdg_target') return 'sdgs';
	if (GOAL_KINDS.has(n.kind)) return 'goals';
	if (n.type === 'partner') return 'partners';
	const s = n.sectors[0];
	// A Sector's own treaty (the Radio Regulations) stays with the Sector.
	if (GOVERNANCE_TYPES.has(n.type) && (!s || s === 'ITU')) return 'governance';
	if (s && s !== 'ITU') return s;
	// Union-wide advisory bodies (the historical CCIR, CCITT, IFRB …) sit with the governance.
	if (s === 'ITU' && n.type === 'advisory_body') return 'governance';
	return n.kind === 'event' || !s ? null : 'union';
}

/** Assigns every node to one region (see the module comment). */
export function assignRegions(g: Graph): Regions {
	const n = g.nodes.length;
	const parent = structuralParents(g);
	const keys: (string | null)[] = g.nodes.map((_, i) => ownKey(g, i));
	const resolve = (i: number): string => {
		const seen = new Set<number>();
		let j = i;
		while (keys[j] === null && parent[j]! >= 0 && !seen.has(j)) {
			seen.add(j);
			j = parent[j]!;
		}
		return keys[j] ?? 'union';
	};
	const final = keys.map((_, i) => resolve(i));
	const ids = [...new Set(final)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
	const index = new Map(ids.map((id, k) => [id, k]));
	const of = Int32Array.from(final, (k) => index.get(k)!);
	const regions: Region[] = ids.map((id) => ({ id, ...describe(g, id), members: [] }));
	for (let i = 0; i < n; i++) regions[of[i]!]!.members.push(i);
	for (const r of regions)
		if (r.kind === 'loose') r.label = REGION_TEXT.loose(r.id.slice(6), r.members.length);
	return { regions, of };
}

const RANK: Record<string, number> = {
	governance: 0,
	'ITU-R': 1,
	'ITU-T': 2,
	'ITU-D': 3,
	GS: 4,
	union: 5,
	goals: 6,
	sdgs: 7,
	partners: 8
};
const rank = (id: string) => RANK[id] ?? 9;

function describe(g: Graph, id: string): Omit<Region, 'id' | 'members'> {
	if ((SECTOR_ORDER as readonly string[]).includes(id)) {
		const s = id as Sector;
		// The Sector's (or Secretariat's) own name and short name, from the data.
		const head = g.nodes.find(
			(n) => (n.type === 'sector' || n.type === 'secretariat') && n.sectors[0] === s
		);
		const short = head?.aliases.find((a) => a.length <= 6 && a !== head.name);
		const label = head ? (short ? `${head.name} (${short})` : head.name) : SECTOR_LABELS[s];
		return { kind: 'sector', label, colour: s, ...(short ? { short } : {}) };
	}
	if (id.startsWith('loose:')) return { kind: 'loose', label: '', colour: 'none' };
	const kind = id as Exclude<RegionKind, 'sector' | 'loose'>;
	return {
		kind,
		label: REGION_TEXT[kind],
		colour: kind === 'governance' || kind === 'union' ? 'ITU' : 'none'
	};
}

/**
 * The regions in words, for the graph's text alternative: "The map's regions: Governance and
 * membership (26 nodes), …". Only regions with shown nodes (`shown` null: all), in map order.
 */
export function describeRegions(r: Regions, shown: Uint8Array | null = null): string {
	const parts = r.regions
		.map((region) => {
			const n = shown ? region.members.filter((i) => shown[i]).length : region.members.length;
			if (!n) return '';
			// Unlinked groups already say their count.
			return region.kind === 'loose'
				? region.label
				: `${region.label} (${n} node${n === 1 ? '' : 's'})`;
		})
		.filter(Boolean);
	return parts.length ? `${REGION_TEXT.intro} ${parts.join('; ')}.` : '';
}
