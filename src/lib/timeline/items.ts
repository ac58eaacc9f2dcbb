/**
 * Dataset rows → timeline items: events and milestones as points, entities as spans, with the
 * caveats that make a date uncertain spelled out for the tooltip.
 */
import type { Entity, EventItem, PartialDate, Status } from '$lib/data/types';
import { formatRange, spanInterval, yearSpan } from './dates';
import type { Interval, ItemShape, Precision, TimelineItem } from './types';

const UNCERTAIN_STATUS: Partial<Record<Status, string>> = {
	conflict: 'Sources disagree on this',
	unverified: 'Not confirmed in a source',
	'seed-only': 'Stated only in the seed documents, not checked against an outside source',
	doubtful: 'Probably invented or belonging to another organisation'
};

/** Why a date with this precision and status cannot be read as exact fact (empty if it can). */
export function caveatsFor(precision: Precision, status: Status, statusNote?: string): string[] {
	const out: string[] = [];
	if (precision === 'year') out.push('Only the year is known.');
	if (precision === 'month') out.push('Only the month is known.');
	if (precision === 'window') out.push('Only a window of years is implied.');
	const s = UNCERTAIN_STATUS[status];
	if (s) out.push(statusNote ? `${s}: ${statusNote}` : `${s}.`);
	return out;
}

/** Year-only (or coarser) dates and disputed or unconfirmed rows are drawn differently. */
export function isUncertain(precision: Precision, status: Status): boolean {
	return precision === 'year' || precision === 'window' || status in UNCERTAIN_STATUS;
}

function item(
	base: Omit<TimelineItem, 'caveats' | 'uncertain' | keyof Interval>,
	iv: Interval
): TimelineItem {
	return {
		...base,
		...iv,
		caveats: caveatsFor(iv.precision, base.status, base.statusNote),
		uncertain: isUncertain(iv.precision, base.status)
	};
}

const dateWords = (start: PartialDate, end?: PartialDate) =>
	formatRange(start, end) + (start.precision === 'year' && !end ? ' (year only)' : '');

/** An event or milestone as a point (or a short span when it has an end date). */
export function eventItem(
	e: EventItem,
	lane: string,
	shape: ItemShape = 'point',
	now = Date.now()
): TimelineItem {
	const iv = spanInterval(e.start, e.end);
	const it = item(
		{
			id: e.id,
			ref: e.id,
			lane,
			label: e.name,
			shape,
			dateText: dateWords(e.start, e.end),
			place: e.place,
			status: e.status,
			statusNote: e.statusNote,
			source: e.source
		},
		iv
	);
	if (iv.start > now) it.caveats.unshift('Scheduled: it has not happened yet.');
	return it;
}

/** An entity with a start year as a span (open-ended when it has no end year). */
export function entitySpan(
	e: Entity & { startYear: number },
	lane: string,
	now = Date.now()
): TimelineItem {
	const iv = yearSpan(e.startYear, e.endYear, now);
	const dateText =
		e.endYear === undefined ? `since ${e.startYear} (continuing)` : `${e.startYear}–${e.endYear}`;
	const it = item(
		{
			id: e.id,
			ref: e.id,
			lane,
			label: e.name,
			shape: 'span',
			dateText,
			status: e.status,
			statusNote: e.statusNote,
			source: e.source
		},
		iv
	);
	// Entities are dated by whole years by contract: for a span that is not a caveat, only the status is.
	it.caveats = caveatsFor('day', e.status, e.statusNote);
	it.uncertain = isUncertain('day', e.status);
	return it;
}

/** A short label: the first alias written as an acronym (`WTISD`), else the name. */
export function shortName(e: { name: string; aliases: string[] }): string {
	return e.aliases.find((a) => /^[A-Z][A-Z0-9-]{1,11}$/.test(a)) ?? e.name;
}
