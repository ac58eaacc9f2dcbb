/**
 * What the timeline shows, from the data and the view state: the items the shared filters keep
 * (the year range highlights, it does not hide), their lanes, and the items in the year range.
 * Pure: the page adds only what the user arranges on screen (lane order, folded lanes, zoom).
 */
import type { Dataset } from '$lib/data/types';
import { matchesAll } from '$lib/filters/facets';
import { viewData } from '$lib/filters/viewData';
import { buildTimeline, type Timeline } from '$lib/timeline/build';
import { utc } from '$lib/timeline/dates';
import { itemsByLane } from '$lib/timeline/layout';
import type { Lane, TimelineItem } from '$lib/timeline/types';
import type { ViewState } from '../state';

export interface TimelineModel {
	/** Every item of the dataset's timeline, before the filters. */
	all: TimelineItem[];
	/** Items passing the filters (the year range highlights, it does not filter). */
	items: TimelineItem[];
	/** Of those, the items that overlap the year range (all of them without one). */
	inRange: TimelineItem[];
	/** The lanes that have items, in their default order. */
	lanes: Lane[];
	/** Lane id → its items. */
	byLane: Map<string, TimelineItem[]>;
	/** Lane id → its name in lists and announcements ("Conferences: …" for a conference lane). */
	laneNames: Map<string, string>;
	/** Node id → the SDGs it is aligned with, in the state's SDG-link mode. */
	aligned: Map<string, Set<number>>;
	/** How many names flagged doubtful the dataset has (hidden unless shown). */
	doubtful: number;
}

/** The timeline of a dataset, built once per dataset and "now". */
const built = new WeakMap<Dataset, { now: number; timeline: Timeline }>();
function timelineOf(d: Dataset, now: number): Timeline {
	const hit = built.get(d);
	if (hit?.now === now) return hit.timeline;
	const timeline = buildTimeline(d, now);
	built.set(d, { now, timeline });
	return timeline;
}

/** What the timeline shows for state `s`; open spans end at `now`. */
export function timelineModel(d: Dataset, s: ViewState, now: number): TimelineModel {
	const tl = timelineOf(d, now);
	const nodes = new Map(d.nodes.map((n) => [n.id, n]));
	const vd = viewData(d, s);
	const f = { sdg: s.sdg, sector: s.sector, type: s.type, status: s.status, doubtful: s.doubtful };
	const items = tl.items.filter((it) => {
		const n = it.ref ? nodes.get(it.ref) : undefined;
		return !n || matchesAll(n, f, vd.aligned);
	});
	const years = s.years;
	const inRange = years
		? items.filter((it) => it.end >= utc(years.from) && it.start < utc(years.to + 1))
		: items;
	const byLane = itemsByLane(items);
	const lanes = tl.lanes.filter((l) => byLane.has(l.id));
	const laneNames = new Map(
		lanes.map((l) => [l.id, l.group === 'conferences' ? `Conferences: ${l.label}` : l.label])
	);
	return {
		all: tl.items,
		items,
		inRange,
		lanes,
		byLane,
		laneNames,
		aligned: vd.aligned,
		doubtful: vd.doubtful
	};
}
