/** Builds the `Dataset` of types.ts from the typed rows of a valid set of tables. */
import { buildNodes } from './nodes';
import type { Dataset, Provenance, Relation, RelationType } from './types';

/** The typed rows of every table: a `Dataset` without its derived `nodes` and `links`. */
export type TypedTables = Omit<Dataset, 'nodes' | 'links'>;

function implicitLink(row: Provenance, from: string, type: RelationType, to: string): Relation {
	const link: Relation = {
		from,
		type,
		to,
		implicit: true,
		status: row.status,
		source: row.source,
		origin: row.origin
	};
	if (row.statusNote !== undefined) link.statusNote = row.statusNote;
	return link;
}

/**
 * The links a column states without a relations.csv row, each with the provenance of that row:
 * an event's series (event `instance_of` series), a goal's framework (goal `goal_of`
 * framework), a target's goal, or its framework when it has no goal (target `target_of` …).
 */
export function implicitLinks(
	t: Pick<TypedTables, 'events' | 'goals' | 'targets' | 'sdgTargets'>
): Relation[] {
	const links: Relation[] = [];
	for (const e of t.events)
		if (e.series !== undefined) links.push(implicitLink(e, e.id, 'instance_of', e.series));
	for (const g of t.goals) links.push(implicitLink(g, g.id, 'goal_of', g.framework));
	for (const x of t.targets) links.push(implicitLink(x, x.id, 'target_of', x.goal ?? x.framework));
	for (const x of t.sdgTargets ?? []) links.push(implicitLink(x, x.id, 'target_of', x.sdg));
	return links;
}

/**
 * The graph links of the alignment evidence: one link per `from`–`to` pair of a `stated` or
 * `matrix` row of sdg_alignment.csv (`aligns_with_sdg` to an SDG, `contributes_to_target` to a
 * target), with the provenance of the pair's first row, unless relations.csv already states it.
 * `custodian` rows draw no link: what they imply is derived (see alignment.ts).
 */
export function alignmentLinks(
	t: Pick<TypedTables, 'sdgAlignment' | 'sdgs' | 'relations'>
): Relation[] {
	const sdgIds = new Set(t.sdgs.map((s) => s.id));
	const seen = new Set(t.relations.map((r) => `${r.from} ${r.type} ${r.to}`));
	const links: Relation[] = [];
	for (const row of t.sdgAlignment ?? []) {
		if (row.kind === 'custodian') continue;
		const type: RelationType = sdgIds.has(row.to) ? 'aligns_with_sdg' : 'contributes_to_target';
		const key = `${row.from} ${type} ${row.to}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const link = implicitLink(row, row.from, type, row.to);
		if (row.quote !== undefined) link.note = row.quote;
		links.push(link);
	}
	return links;
}

/**
 * The dataset of typed tables: the tables as given, every node of the node tables, and the
 * links (relations.csv rows first, then the implicit ones, marked `implicit: true`).
 */
export function buildDataset(t: TypedTables): Dataset {
	return {
		...t,
		nodes: buildNodes(t),
		links: [...t.relations, ...implicitLinks(t), ...alignmentLinks(t)]
	};
}
