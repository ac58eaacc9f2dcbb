/**
 * Who leads a body and which study groups and advisory bodies sit under it, for the drill-down
 * panel: read off `heads` and `part_of` links, one or two steps down (a Sector's study groups hang
 * under its "study groups" node; its Director heads its Bureau). Pure.
 */
import type { AtlasNode, Dataset, Relation } from '$lib/data/types';

export interface Leader {
	/** The office holder's node. */
	person: AtlasNode;
	/** The `heads` link, with the term's years where known. */
	relation: Relation;
	/** The body they head when it is not the node itself (a Sector's Bureau). */
	body?: AtlasNode;
}

export interface Structure {
	leaders: Leader[];
	studyGroups: AtlasNode[];
	advisory: AtlasNode[];
}

/** "Study Group 2" before "Study Group 13": numbers compare as numbers. */
const natural = (a: AtlasNode, b: AtlasNode) =>
	a.name.localeCompare(b.name, 'en', { numeric: true });

/** The structure under node `id` in `d` (its links as the view shows them). */
export function structureOf(d: Pick<Dataset, 'nodes' | 'links'>, id: string): Structure {
	const byId = new Map(d.nodes.map((n) => [n.id, n]));
	const partsOf = (parent: string) =>
		d.links.filter((l) => l.type === 'part_of' && l.to === parent).map((l) => l.from);
	const children = partsOf(id);
	const below = new Set([...children, ...children.flatMap(partsOf)]);
	below.delete(id);
	const under = [...below].map((x) => byId.get(x)).filter((n): n is AtlasNode => !!n);
	const leaders: Leader[] = [];
	for (const l of d.links) {
		if (l.type !== 'heads') continue;
		const person = byId.get(l.from);
		if (!person) continue;
		if (l.to === id) leaders.push({ person, relation: l });
		else if (children.includes(l.to)) leaders.push({ person, relation: l, body: byId.get(l.to) });
	}
	// A "study groups" node that groups the others is not one of them.
	const groups = under.filter((n) => n.type === 'study_group');
	const parents = new Set(d.links.filter((l) => l.type === 'part_of').map((l) => l.to));
	return {
		leaders,
		studyGroups: groups.filter((n) => !parents.has(n.id) || !children.includes(n.id)).sort(natural),
		advisory: under.filter((n) => n.type === 'advisory_body').sort(natural)
	};
}

/** "2023–2026", "since 2023", "" from a link's years. */
export function termText(r: Pick<Relation, 'startYear' | 'endYear'>): string {
	if (r.startYear && r.endYear) return `${r.startYear}–${r.endYear}`;
	if (r.startYear) return `since ${r.startYear}`;
	return r.endYear ? `until ${r.endYear}` : '';
}
