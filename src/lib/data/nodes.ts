/**
 * Graph nodes from every node table. Names: entities, events, frameworks and indicators keep
 * their own; an SDG is "SDG 9: Industry, innovation and infrastructure"; a WSIS line
 * "C1: title"; a goal "Connect 2030 goal 1: Growth" (framework name, number if any, name); a target
 * "Connect 2030 target 1.2" (framework name and code), its text becoming the description.
 */
import type { AtlasNode, Dataset, Provenance } from './types';

type Tables = Pick<
	Dataset,
	| 'entities'
	| 'events'
	| 'sdgs'
	| 'wsisActionLines'
	| 'frameworks'
	| 'goals'
	| 'targets'
	| 'indicators'
	| 'sdgTargets'
>;

function provenanceOf(row: Provenance): Provenance {
	const p: Provenance = { status: row.status, source: row.source, origin: row.origin };
	if (row.statusNote !== undefined) p.statusNote = row.statusNote;
	return p;
}

/** A node with its optional fields left out when they have no value. */
function node(
	row: Provenance & { id: string },
	fields: Omit<AtlasNode, keyof Provenance | 'id' | 'sectors' | 'aliases'> &
		Partial<Pick<AtlasNode, 'sectors' | 'aliases'>>
): AtlasNode {
	const n: Record<string, unknown> = { id: row.id };
	for (const key in fields) {
		const value = (fields as Record<string, unknown>)[key];
		if (value !== undefined) n[key] = value;
	}
	n.sectors ??= [];
	n.aliases ??= [];
	return Object.assign(n, provenanceOf(row)) as unknown as AtlasNode;
}

/**
 * Every node of every node table, in file order (entities, events, SDGs, WSIS lines,
 * frameworks, goals, targets, indicators). Years: entity start/end years, event start/end
 * dates, framework adoption/deadline years, a target's target year as its end year.
 */
export function buildNodes(t: Tables): AtlasNode[] {
	const frameworkName = new Map(t.frameworks.map((f) => [f.id, f.name]));
	const nameOf = (id: string) => frameworkName.get(id) ?? id;
	return [
		...t.entities.map((e) =>
			node(e, {
				name: e.name,
				kind: 'entity',
				type: e.type,
				sectors: e.sectors,
				aliases: e.aliases,
				description: e.description,
				startYear: e.startYear,
				endYear: e.endYear
			})
		),
		...t.events.map((e) =>
			node(e, {
				name: e.name,
				kind: 'event',
				type: e.kind,
				sectors: e.sectors,
				aliases: e.aliases,
				description: e.description,
				startYear: e.start.year,
				endYear: (e.end ?? e.start).year
			})
		),
		...t.sdgs.map((s) =>
			node(s, {
				name: `SDG ${s.number}: ${s.shortName}`,
				kind: 'sdg',
				type: 'sdg',
				sdg: s.number,
				aliases: [`SDG ${s.number}`],
				description: s.title
			})
		),
		...t.wsisActionLines.map((w) =>
			node(w, { name: `${w.code}: ${w.title}`, kind: 'wsis', type: 'wsis', aliases: [w.code] })
		),
		...t.frameworks.map((f) =>
			node(f, {
				name: f.name,
				kind: 'framework',
				type: 'framework',
				aliases: f.aliases,
				description: f.description,
				startYear: f.adoptedYear,
				endYear: f.deadlineYear
			})
		),
		...t.goals.map((g) =>
			node(g, {
				name: `${nameOf(g.framework)} ${g.number === undefined ? 'goal' : `goal ${g.number}`}: ${g.name}`,
				kind: 'goal',
				type: 'goal',
				description: g.statement
			})
		),
		...t.targets.map((x) =>
			node(x, {
				name: `${nameOf(x.framework)} target ${x.code}`,
				kind: 'target',
				type: 'target',
				aliases: [x.code],
				description: x.text,
				endYear: x.targetYear
			})
		),
		...t.indicators.map((i) =>
			node(i, {
				name: i.name,
				kind: 'indicator',
				type: 'indicator',
				aliases: i.sdgIndicator === undefined ? [] : [i.sdgIndicator],
				description: i.description
			})
		),
		...(t.sdgTargets ?? []).map((x) =>
			node(x, {
				name: `SDG target ${x.code}`,
				kind: 'sdg_target',
				type: 'sdg_target',
				aliases: [x.code],
				description: x.text
			})
		)
	];
}
