/**
 * How the graph encodes data: colour by Sector (SDGs in their official colours), shape by a group of
 * node types, line style by a group of relation types. Legends and exports read the same tables.
 */
import type { AtlasNode, RelationType, Sector } from '$lib/data/types';

export type Shape =
	'circle' | 'square' | 'diamond' | 'triangle' | 'ring' | 'star' | 'hexagon' | 'pentagon';

/** Node groups: one shape each, toggled in the legend (`hide=` in the URL). */
export const NODE_GROUPS = [
	{ id: 'body', label: 'Bodies and units', shape: 'circle' },
	{ id: 'initiative', label: 'Initiatives, programmes, platforms', shape: 'square' },
	{ id: 'event', label: 'Events and meetings', shape: 'diamond' },
	{ id: 'document', label: 'Publications, standards, resolutions', shape: 'triangle' },
	{ id: 'partner', label: 'Partners', shape: 'ring' },
	{ id: 'office', label: 'Regional and area offices', shape: 'hexagon' },
	{ id: 'official', label: 'Elected officials (with their terms)', shape: 'pentagon' },
	{ id: 'goal', label: 'SDGs, WSIS lines, frameworks, targets', shape: 'star' }
] as const satisfies readonly { id: string; label: string; shape: Shape }[];
export type NodeGroup = (typeof NODE_GROUPS)[number]['id'];

const GROUP_OF_TYPE: Record<string, NodeGroup> = {
	initiative: 'initiative',
	programme: 'initiative',
	platform: 'initiative',
	thematic_priority: 'initiative',
	index: 'document',
	publication: 'document',
	standard: 'document',
	resolution: 'document',
	treaty: 'document',
	event_series: 'event',
	partner: 'partner',
	regional_office: 'office',
	area_office: 'office',
	elected_official: 'official'
};
const GROUP_OF_KIND: Record<string, NodeGroup> = {
	event: 'event',
	sdg: 'goal',
	wsis: 'goal',
	framework: 'goal',
	goal: 'goal',
	target: 'goal',
	indicator: 'goal',
	sdg_target: 'goal'
};

/** The legend group (and so the shape) of a node. */
export function nodeGroup(node: Pick<AtlasNode, 'kind' | 'type'>): NodeGroup {
	if (node.kind !== 'entity') return GROUP_OF_KIND[node.kind] ?? 'goal';
	return GROUP_OF_TYPE[node.type] ?? 'body';
}

/** Line groups: one dash pattern each, toggled in the legend (`hidelinks=` in the URL). */
export const LINK_GROUPS = [
	{ id: 'structure', label: 'Structure (part of, governed by, runs, hosts, heads)', dash: [] },
	{ id: 'events', label: 'Events (organises, instance of, adopted at)', dash: [6, 3] },
	{ id: 'partners', label: 'Partnership (facilitates, partner of, supports)', dash: [2, 3] },
	{ id: 'goals', label: 'Goals (aligns with SDG, contributes to target)', dash: [10, 3, 2, 3] },
	{
		id: 'other',
		label: 'Other (succeeded by, publishes, attributed to, related to)',
		dash: [1, 5]
	}
] as const satisfies readonly { id: string; label: string; dash: readonly number[] }[];
export type LinkGroup = (typeof LINK_GROUPS)[number]['id'];

const LINK_GROUP_OF: Partial<Record<RelationType, LinkGroup>> = {
	part_of: 'structure',
	governed_by: 'structure',
	runs: 'structure',
	hosts: 'structure',
	member_of: 'structure',
	established_by: 'structure',
	organises: 'events',
	co_organises: 'events',
	instance_of: 'events',
	adopted_at: 'events',
	facilitates: 'partners',
	co_facilitates: 'partners',
	partner_of: 'partners',
	supports: 'partners',
	aligns_with_sdg: 'goals',
	contributes_to_target: 'goals',
	goal_of: 'goals',
	target_of: 'goals',
	measures: 'goals',
	heads: 'structure'
};

/** The legend group (and so the dash pattern) of a relation type. */
export function linkGroup(type: RelationType): LinkGroup {
	return LINK_GROUP_OF[type] ?? 'other';
}

/** Sector colours come from the theme's CSS custom properties (`--sector-itu-d`, …). */
export const SECTOR_VARS: Record<Sector | 'none', string> = {
	'ITU-R': '--sector-itu-r',
	'ITU-T': '--sector-itu-t',
	'ITU-D': '--sector-itu-d',
	GS: '--sector-gs',
	ITU: '--sector-itu',
	none: '--sector-none'
};

export const SECTOR_LABELS: Record<Sector | 'none', string> = {
	'ITU-R': 'ITU-R (Radiocommunication)',
	'ITU-T': 'ITU-T (Standardization)',
	'ITU-D': 'ITU-D (Development)',
	GS: 'General Secretariat',
	ITU: 'Union-wide',
	none: 'No Sector'
};

/** The colour key of a node: its first Sector, or "none". SDG colours are handled separately. */
export function sectorKey(node: Pick<AtlasNode, 'sectors'>): Sector | 'none' {
	return node.sectors[0] ?? 'none';
}

/** A node's radius in graph units: grows with the square root of its degree, within bounds. */
export function nodeRadius(degree: number): number {
	return Math.min(22, 4 + Math.sqrt(degree) * 1.8);
}

/** Radii of every node; SDG nodes are never smaller than 9, so their goal number stays readable. */
export function radii(nodes: readonly { sdg?: number }[], degree: Int32Array): Float32Array {
	return Float32Array.from(degree, (d, i) =>
		nodes[i]!.sdg ? Math.max(9, nodeRadius(d)) : nodeRadius(d)
	);
}

/** Human wording of a type slug: `study_group` → "study group". */
export function typeLabel(type: string): string {
	return type.replace(/_/g, ' ');
}

/** Human wording of a relation type: `aligns_with_sdg` → "aligns with SDG". */
export function relationLabel(type: string): string {
	return type.replace(/_/g, ' ').replace(/\bsdg\b/, 'SDG');
}

/** Black or white, whichever reads better on a `#rrggbb` background (WCAG relative luminance). */
export function textOn(hex: string): '#000000' | '#ffffff' {
	const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
	if (!m) return '#ffffff';
	const [r, g, b] = [0, 2, 4].map((k) => {
		const c = parseInt(m[1]!.slice(k, k + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	const l = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
