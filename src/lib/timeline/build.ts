/**
 * The whole timeline from a dataset: every dated row as an item in its lane, recurring series
 * expanded, target due years gathered into deadlines. Pure; the page derives it once per dataset.
 */
import type { Dataset, Entity, EventItem } from '$lib/data/types';
import { utc, yearSpan } from './dates';
import { caveatsFor, entitySpan, eventItem, shortName } from './items';
import { entityLane, GROUP_LABEL, laneGroup, orderLanes, sectorLane, seriesLane } from './lanes';
import { CADENCE_WORDS, expandSeries } from './series';
import type { Lane, TimelineItem } from './types';

export interface Timeline {
	lanes: Lane[];
	/** Sorted by start time. */
	items: TimelineItem[];
}

function deadlines(ds: Dataset): TimelineItem[] {
	const out: TimelineItem[] = [];
	for (const fw of ds.frameworks) {
		if (fw.status === 'doubtful') continue;
		const name = fw.aliases.find((a) => a.length <= 16) ?? fw.name;
		const base = {
			ref: fw.id,
			lane: 'targets',
			status: fw.status,
			statusNote: fw.statusNote,
			source: fw.source,
			open: false
		};
		if (fw.adoptedYear !== undefined && fw.deadlineYear !== undefined) {
			const iv = yearSpan(fw.adoptedYear, fw.deadlineYear);
			out.push({
				...base,
				...iv,
				id: `span:${fw.id}`,
				label: fw.name,
				shape: 'span',
				dateText: `${fw.adoptedYear}–${fw.deadlineYear}`,
				caveats: caveatsFor('day', fw.status, fw.statusNote),
				uncertain: false
			});
		}
		const due = new Map<number, number>();
		for (const t of ds.targets)
			if (t.framework === fw.id && t.targetYear !== undefined && t.status !== 'doubtful')
				due.set(t.targetYear, (due.get(t.targetYear) ?? 0) + 1);
		if (fw.deadlineYear !== undefined && !due.has(fw.deadlineYear)) due.set(fw.deadlineYear, 0);
		for (const [year, n] of due) {
			const count = n ? `: ${n} target${n === 1 ? '' : 's'} due` : ' deadline';
			out.push({
				...base,
				id: `deadline:${fw.id}:${year}`,
				label: `${name}${count} ${year}`,
				shape: 'deadline',
				start: utc(year),
				end: utc(year + 1),
				precision: 'year',
				dateText: `by ${year}`,
				caveats: caveatsFor('day', fw.status, fw.statusNote),
				uncertain: ['conflict', 'unverified'].includes(fw.status)
			});
		}
	}
	return out;
}

/** Builds the lanes and items of `ds` as of `now` (open spans run to `now`). */
export function buildTimeline(ds: Dataset, now = Date.now()): Timeline {
	const entities = new Map(ds.entities.map((e) => [e.id, e]));
	const bySeries = new Map<string, EventItem[]>();
	const items: TimelineItem[] = [];
	const seriesLanes = new Map<string, Entity>();

	// A series lane for every meeting series: event_series entities, anything with a cadence, and
	// anything events name as their series (the Plenipotentiary Conference is a governing body).
	const named = new Set(ds.events.map((e) => e.series));
	const isSeries = (e: Entity | undefined): boolean =>
		!!e &&
		e.status !== 'doubtful' &&
		e.type !== 'partner' &&
		(e.type === 'event_series' || e.cadence !== undefined || named.has(e.id));

	for (const ev of ds.events) {
		if (ev.status === 'doubtful') continue;
		const series = ev.series ? entities.get(ev.series) : undefined;
		if (series && ev.kind === 'instance' && isSeries(series)) {
			const list = bySeries.get(series.id);
			if (list) list.push(ev);
			else bySeries.set(series.id, [ev]);
			continue;
		}
		const lane = ev.kind === 'milestone' ? 'milestones' : sectorLane(ev.sectors);
		items.push(eventItem(ev, lane, 'point', now));
	}
	for (const e of ds.entities) {
		if (isSeries(e)) {
			if (e.startYear !== undefined || bySeries.has(e.id)) seriesLanes.set(seriesLane(e.id), e);
			continue;
		}
		const lane = entityLane(e);
		if (lane && e.startYear !== undefined)
			items.push(entitySpan(e as Entity & { startYear: number }, lane, now));
	}
	for (const [lane, e] of seriesLanes)
		items.push(...expandSeries(e, bySeries.get(e.id) ?? [], lane, now));
	items.push(...deadlines(ds));
	items.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));

	const first = new Map<string, number>();
	for (const it of items) if (!first.has(it.lane)) first.set(it.lane, it.start);
	for (const [lane, e] of seriesLanes)
		if (e.startYear !== undefined && first.has(lane))
			first.set(lane, Math.min(first.get(lane)!, utc(e.startYear)));
	const lanes = orderLanes(first, (id) => {
		const e = seriesLanes.get(id);
		if (!e) return { label: GROUP_LABEL[laneGroup(id)] };
		const span = e.startYear !== undefined ? yearSpan(e.startYear, e.endYear, now) : undefined;
		return {
			label: shortName(e),
			series: {
				ref: e.id,
				cadence: e.cadence ? CADENCE_WORDS[e.cadence] : 'no set cadence',
				span: span ?? { start: first.get(id)!, end: now, precision: 'year', open: true }
			}
		};
	});
	return { lanes, items };
}

export { seriesLane };
