/**
 * The timeline's own model: every dated thing in the dataset becomes a `TimelineItem` in a `Lane`.
 * Times are UTC milliseconds (what d3's `scaleUtc` takes), so months and days place exactly.
 */
import type { Status } from '$lib/data/types';

/** How finely a time is known: a day, a month, a year, or a window of years ("2027 or 2028"). */
export type Precision = 'day' | 'month' | 'year' | 'window';

/** A stretch of time: `start` inclusive, `end` exclusive, in UTC ms. */
export interface Interval {
	start: number;
	end: number;
	precision: Precision;
	/** True when the end is not known to have happened (an open span, shown as continuing). */
	open: boolean;
}

/**
 * - `point`: a dated event or milestone;
 * - `span`: something that ran from a start to an end (or is still running);
 * - `instance`: a dated meeting of a recurring series (highlighted);
 * - `expected`: a recurrence the cadence implies but the data does not record (never a fact);
 * - `deadline`: a target or framework due date.
 */
export type ItemShape = 'point' | 'span' | 'instance' | 'expected' | 'deadline';

export interface TimelineItem extends Interval {
	/** Unique among items (`wsis-2003`, `expected:wtisd:2024`, `deadline:connect-2030:2030`). */
	id: string;
	/** Id of the dataset node the panel opens (an event, entity or framework), if any. */
	ref?: string;
	lane: string;
	label: string;
	shape: ItemShape;
	/** Human-readable date ("10–12 December 2003", "2017 (year only)"). */
	dateText: string;
	place?: string;
	status: Status;
	statusNote?: string;
	source: string[];
	/** Why the date is not certain (year only, conflicting sources, …); empty when it is. */
	caveats: string[];
	/** Drawn differently: year-only or window precision, or a date sources disagree on or nobody confirmed. */
	uncertain: boolean;
}

export type LaneGroup =
	| 'governance'
	| 'conferences'
	| 'ITU-R'
	| 'ITU-T'
	| 'ITU-D'
	| 'GS'
	| 'initiatives'
	| 'targets'
	| 'milestones';

export interface Lane {
	id: string;
	label: string;
	group: LaneGroup;
	/** For a recurring series: its entity, its cadence in words and its active span. */
	series?: { ref: string; cadence: string; span: Interval };
}
