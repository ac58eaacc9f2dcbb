/**
 * A node's SDG links as the drill-down panel lists them: per SDG, each piece of evidence with its
 * kind (stated or derived), the path in words ("via WSIS Action Line C5 (co-facilitates),
 * WSIS–SDG Matrix"), the targets it names, its status and its sources. Links that share a path
 * (the Matrix names several targets of one SDG for one action line) are one item. Pure.
 */
import type { SdgLink } from '$lib/data/alignment';
import type { AtlasNode, Status } from '$lib/data/types';

export interface EvidenceItem {
	kind: SdgLink['kind'];
	/** The path in words. */
	path: string;
	/** The node the path goes through (a WSIS Action Line), if any. */
	via?: string;
	/** Codes of the SDG targets named, e.g. ["5.b"]. */
	targets: string[];
	quote?: string;
	status: Status;
	statusNote?: string;
	source: string[];
}

export interface SdgEvidence {
	sdg: number;
	/** The SDG node's id (`sdg-5`). */
	id: string;
	stated: number;
	derived: number;
	items: EvidenceItem[];
}

type Named = Pick<AtlasNode, 'id' | 'name' | 'kind' | 'aliases'>;

/** "WSIS Action Line C5", or a node's name. */
function nodeWords(node: Named | undefined, id: string): string {
	if (!node) return id;
	if (node.kind === 'wsis') return `WSIS Action Line ${node.aliases[0] ?? node.name}`;
	return node.name;
}

/** The path of a link in words, and the node it goes through. */
export function pathWords(
	link: SdgLink,
	nodes: ReadonlyMap<string, Named>
): { path: string; via?: string } {
	const [first, second] = link.path;
	if (!first) return { path: '' };
	if (link.kind === 'stated')
		return { path: first.label === 'stated' ? 'stated by the source' : first.label };
	if (first.sdgIndicator) return { path: `measures SDG indicator ${first.sdgIndicator}` };
	if (second)
		return {
			path: `via ${nodeWords(nodes.get(first.to), first.to)} (${first.label}), ${second.label}`,
			via: first.to
		};
	return { path: first.label };
}

/** The SDG evidence of node `id`, by SDG number; stated items first within each SDG. */
export function sdgEvidence(
	links: readonly SdgLink[],
	id: string,
	nodes: ReadonlyMap<string, Named & { sdg?: number }>,
	sdgIds: ReadonlyMap<number, string>
): SdgEvidence[] {
	const bySdg = new Map<number, SdgEvidence>();
	const items = new Map<string, EvidenceItem>();
	for (const l of links) {
		if (l.from !== id) continue;
		let group = bySdg.get(l.sdg);
		if (!group) {
			group = {
				sdg: l.sdg,
				id: sdgIds.get(l.sdg) ?? `sdg-${l.sdg}`,
				stated: 0,
				derived: 0,
				items: []
			};
			bySdg.set(l.sdg, group);
		}
		const { path, via } = pathWords(l, nodes);
		const last = l.path[l.path.length - 1]!;
		// One item per stated row; derived links that share their path share an item.
		const key =
			l.kind === 'stated'
				? `${l.sdg}|s|${last.origin.file}:${last.origin.row}`
				: `${l.sdg}|d|${path}|${l.source.join(';')}`;
		const code = l.target ? (nodes.get(l.target)?.aliases[0] ?? l.target) : undefined;
		let item = items.get(key);
		if (!item) {
			item = { kind: l.kind, path, targets: [], status: l.status, source: l.source };
			if (via) item.via = via;
			const quote = l.path.find((s) => s.quote)?.quote;
			if (quote && l.kind === 'stated') item.quote = quote;
			const note = l.path.find((s) => s.statusNote)?.statusNote;
			if (note) item.statusNote = note;
			items.set(key, item);
			group.items.push(item);
			if (l.kind === 'stated') group.stated++;
			else group.derived++;
		}
		if (code && !item.targets.includes(code)) item.targets.push(code);
	}
	const groups = [...bySdg.values()].sort((a, b) => a.sdg - b.sdg);
	for (const g of groups)
		g.items.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'stated' ? -1 : 1));
	return groups;
}
