/**
 * Who serves a target: the Sectors, initiatives, partners and other bodies the data links to it,
 * directly or through the indicator that measures it.
 */
import type { AtlasNode, Dataset, Relation, Sector, Target } from '$lib/data/types';

export interface Server {
	node: AtlasNode;
	relation: Relation;
	/** True when linked through the target's indicator rather than the target itself. */
	viaIndicator: boolean;
}

export const SERVER_GROUPS = [
	{ id: 'sectors', label: 'Sectors and bureaux', types: ['sector', 'bureau', 'secretariat'] },
	{ id: 'initiatives', label: 'Initiatives', types: ['initiative', 'programme', 'platform'] },
	{ id: 'partners', label: 'Partners', types: ['partner', 'organisation'] }
] as const;

/** The group a node is listed under ("other" when none fits). */
export function serverGroup(n: AtlasNode): string {
	return SERVER_GROUPS.find((g) => (g.types as readonly string[]).includes(n.type))?.id ?? 'other';
}

/**
 * The entities linked to a target (or to its indicator) by an explicit relation, each once, in the
 * data's order. Doubtful entities are left out: they are never shown as serving ITU's targets.
 */
export function servers(d: Pick<Dataset, 'nodes' | 'links'>, t: Target): Server[] {
	const byId = new Map(d.nodes.map((n) => [n.id, n]));
	const out = new Map<string, Server>();
	for (const r of d.links) {
		if (r.implicit) continue;
		for (const [end, other] of [
			[r.to, r.from],
			[r.from, r.to]
		] as const) {
			const direct = end === t.id;
			if (!direct && !(t.indicator && end === t.indicator)) continue;
			const node = byId.get(other);
			if (!node || node.kind !== 'entity' || node.status === 'doubtful') continue;
			const seen = out.get(node.id);
			if (!seen || (seen.viaIndicator && direct))
				out.set(node.id, { node, relation: r, viaIndicator: !direct });
		}
	}
	return [...out.values()];
}

/** The Sectors of the entities serving a target (for the Sector filter). */
export function servingSectors(list: readonly Server[]): Set<Sector> {
	return new Set(list.flatMap((s) => s.node.sectors));
}
