/**
 * Which lane each dated row goes to, and the lanes themselves, derived from the data: a lane
 * exists only when something is in it, and every event series gets its own conference lane.
 *
 * - Governance: the organisation, governing bodies, treaties, resolutions, Union-wide units.
 * - Conferences: one lane per `event_series` entity (PP, WRC, WTDC, WTSA, WSIS, WTISD, …).
 * - ITU-R, ITU-T, ITU-D, GS: other entities and events by their (first) Sector.
 * - Initiatives & programmes: initiatives, programmes, platforms, indexes, publications, priorities.
 * - Targets & deadlines: frameworks (adopted → deadline) and their targets' due years.
 * - Milestones: events of kind `milestone`.
 * Partners and `doubtful` rows are left out: they are not ITU's own history.
 */
import type { Entity, Sector } from '$lib/data/types';
import type { Lane, LaneGroup } from './types';

export const GROUP_ORDER: LaneGroup[] = [
	'governance',
	'conferences',
	'ITU-R',
	'ITU-T',
	'ITU-D',
	'GS',
	'initiatives',
	'targets',
	'milestones'
];

export const GROUP_LABEL: Record<LaneGroup, string> = {
	governance: 'Governance',
	conferences: 'Conferences',
	'ITU-R': 'ITU-R (Radiocommunication)',
	'ITU-T': 'ITU-T (Standardization)',
	'ITU-D': 'ITU-D (Development)',
	GS: 'General Secretariat',
	initiatives: 'Initiatives & programmes',
	targets: 'Targets & deadlines',
	milestones: 'Milestones'
};

const GOVERNANCE_TYPES = new Set([
	'organisation',
	'governing_body',
	'treaty',
	'resolution',
	'membership_category'
]);
const INITIATIVE_TYPES = new Set([
	'initiative',
	'programme',
	'platform',
	'index',
	'publication',
	'thematic_priority'
]);
const SECTOR_LANES = ['ITU-R', 'ITU-T', 'ITU-D', 'GS'] as const;
type SectorLane = (typeof SECTOR_LANES)[number];

/** Lane id of a conference series. */
export const seriesLane = (seriesId: string) => `series:${seriesId}`;

/** The lane of a row by its Sectors: the first specific Sector, else governance (Union-wide). */
export function sectorLane(sectors: Sector[]): LaneGroup {
	return (
		sectors.find((s): s is SectorLane => (SECTOR_LANES as readonly Sector[]).includes(s)) ??
		'governance'
	);
}

/** The lane an entity's own span belongs to, or undefined when it is not drawn. */
export function entityLane(e: Entity): string | undefined {
	if (e.status === 'doubtful' || e.type === 'partner') return undefined;
	if (e.type === 'event_series') return seriesLane(e.id);
	if (GOVERNANCE_TYPES.has(e.type)) return 'governance';
	if (INITIATIVE_TYPES.has(e.type)) return 'initiatives';
	return sectorLane(e.sectors);
}

/** The group a lane id belongs to. */
export function laneGroup(laneId: string): LaneGroup {
	return laneId.startsWith('series:') ? 'conferences' : (laneId as LaneGroup);
}

/**
 * The lanes in display order for the lane ids in use: groups in `GROUP_ORDER`, conference lanes
 * by their first item. `first` gives each lane's earliest time; `describe` a series lane's details.
 */
export function orderLanes(
	used: Map<string, number>,
	describe: (laneId: string) => Pick<Lane, 'label' | 'series'>
): Lane[] {
	return [...used.entries()]
		.map(([id, first]) => ({ id, first, group: laneGroup(id) }))
		.sort(
			(a, b) =>
				GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
				a.first - b.first ||
				a.id.localeCompare(b.id)
		)
		.map(({ id, group }) => ({ id, group, ...describe(id) }));
}
