/**
 * What the drill-down panel shows about one node, computed from the dataset: its facts, its relations
 * grouped by type and direction, and the SDGs, targets and events it links to.
 */
import type { AtlasNode, Dataset, EventItem, Fact, Relation, Target } from '$lib/data/types';
import { relationLabel } from '$lib/graph/style';

export interface RelationItem {
	node: AtlasNode;
	relation: Relation;
}

export interface RelationGroup {
	/** e.g. "part of" (outgoing) or "has part" (incoming). */
	label: string;
	items: RelationItem[];
}

export interface Details {
	node: AtlasNode;
	facts: Fact[];
	groups: RelationGroup[];
	sdgs: AtlasNode[];
	targets: { node: AtlasNode; target?: Target }[];
	events: { node: AtlasNode; event?: EventItem }[];
	connections: number;
}

const INVERSE: Record<string, string> = {
	part_of: 'has part',
	governed_by: 'governs',
	runs: 'run by',
	hosts: 'hosted by',
	organises: 'organised by',
	co_organises: 'co-organised by',
	facilitates: 'facilitated by',
	co_facilitates: 'co-facilitated by',
	partner_of: 'partners',
	member_of: 'members',
	aligns_with_sdg: 'aligned with it',
	contributes_to_target: 'contributors',
	succeeded_by: 'succeeds',
	established_by: 'established',
	adopted_at: 'adopted there',
	supports: 'supported by',
	publishes: 'published by',
	measures: 'measured by',
	heads: 'headed by',
	attributed_to: 'attributed to it by a source',
	related_to: 'related to',
	instance_of: 'instances',
	goal_of: 'goals',
	target_of: 'targets'
};

/** The heading of a relation group as read from the node's side. */
export function groupLabel(type: string, outgoing: boolean): string {
	return outgoing ? relationLabel(type) : (INVERSE[type] ?? `${relationLabel(type)} (from)`);
}

/** Everything the panel lists for node `id`, or null when the dataset has no such node. */
export function nodeDetails(d: Dataset, id: string): Details | null {
	const byId = new Map(d.nodes.map((n) => [n.id, n]));
	const node = byId.get(id);
	if (!node) return null;
	const groups = new Map<string, RelationGroup>();
	const sdgs = new Map<string, AtlasNode>();
	const targets = new Map<string, AtlasNode>();
	const events = new Map<string, AtlasNode>();
	const seen = new Set<string>();
	for (const r of d.links) {
		const outgoing = r.from === id;
		if (!outgoing && r.to !== id) continue;
		const other = byId.get(outgoing ? r.to : r.from);
		if (!other || other.id === id) continue;
		seen.add(other.id);
		if (other.kind === 'sdg') sdgs.set(other.id, other);
		else if (other.kind === 'target' || other.kind === 'sdg_target') targets.set(other.id, other);
		else if (other.kind === 'event') events.set(other.id, other);
		else {
			const label = groupLabel(r.type, outgoing);
			const group = groups.get(label) ?? { label, items: [] };
			group.items.push({ node: other, relation: r });
			groups.set(label, group);
		}
	}
	const targetRows = new Map(d.targets.map((t) => [t.id, t]));
	const eventRows = new Map(d.events.map((e) => [e.id, e]));
	const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
	return {
		node,
		facts: d.facts.filter((f) => f.subject === id),
		groups: [...groups.values()]
			.map((g) => ({ ...g, items: g.items.sort((a, b) => byName(a.node, b.node)) }))
			.sort((a, b) => b.items.length - a.items.length || a.label.localeCompare(b.label)),
		sdgs: [...sdgs.values()].sort((a, b) => (a.sdg ?? 0) - (b.sdg ?? 0)),
		targets: [...targets.values()]
			.sort(byName)
			.map((n) => ({ node: n, target: targetRows.get(n.id) })),
		events: [...events.values()]
			.sort((a, b) => (a.startYear ?? 0) - (b.startYear ?? 0) || byName(a, b))
			.map((n) => ({ node: n, event: eventRows.get(n.id) })),
		connections: seen.size
	};
}

/** "1992–", "1865–1932", "2015" or "" from a node's years. */
export function yearsText(n: Pick<AtlasNode, 'startYear' | 'endYear'>): string {
	if (!n.startYear) return n.endYear ? `until ${n.endYear}` : '';
	if (n.endYear === n.startYear) return String(n.startYear);
	return `${n.startYear}–${n.endYear ?? ''}`;
}
