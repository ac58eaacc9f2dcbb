/**
 * The one status rule for a target (documented in README.md, "How target status is computed", and
 * in the page's "How is this computed?" popover; keep the three in step).
 */
import type { Observation, Status, Target } from '$lib/data/types';
import { latestFor, sameRegion } from './editions';
import { fmtValue } from './format';
import { direction, gapTo, goalLevel, meets, requiredAt, type YearValue } from './path';

export const TARGET_STATUSES = [
	'not-achieved',
	'off-track',
	'insufficient-data',
	'on-track',
	'achieved',
	'qualitative'
] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** "On track" allows a shortfall of this share of the distance from baseline to goal. */
export const ON_TRACK_TOLERANCE = 0.05;
/** After the deadline, a value this many years before the deadline year may stand in for it. */
export const DEADLINE_LOOKBACK = 1;
/** Observations with these statuses are drawn (and marked) but never decide a status. */
export const NOT_COUNTED: readonly Status[] = ['unverified', 'doubtful'];

export interface StatusResult {
	status: TargetStatus;
	/** One sentence saying why, with the numbers. */
	reason: string;
	indicator?: string;
	region: string;
	deadline?: number;
	goal?: YearValue;
	baseline?: YearValue & { fromSeries: boolean };
	/** The observation the status is decided on. */
	judged?: Observation;
	/** The straight path's value in the judged year (before the deadline only). */
	required?: number;
	/** Goal minus value in the direction of progress: positive = still short. */
	gap?: number;
	/** `gap` as a share of the goal level, to compare targets with different units. */
	relativeGap?: number;
	/** After a missed deadline: the first later year the target was met, if any. */
	reachedYear?: number;
	/** The target's wording or value is unverified: the status is provisional. */
	provisional: boolean;
	/** How many observations of the series were left out as unverified or doubtful. */
	excluded: number;
}

export interface StatusOptions {
	/** The year "now" (statuses are computed as of this year). */
	asOfYear: number;
	/** The framework's deadline, used when the target has no year of its own. */
	deadlineYear?: number;
	/** The year the framework was adopted: where a missing baseline is read from. */
	adoptedYear?: number;
}

/**
 * Every observation a target's chart shows: its indicator, in every region and edition. One
 * indicator only, so one unit on the axis.
 */
export function targetObservations(t: Target, all: readonly Observation[]): Observation[] {
	const indicator = statusIndicator(t, all);
	return indicator ? all.filter((o) => o.indicator === indicator) : [];
}

/** Values reported against the target for another indicator (another unit): listed, not drawn. */
export function otherObservations(t: Target, all: readonly Observation[]): Observation[] {
	const indicator = statusIndicator(t, all);
	return all.filter((o) => o.target === t.id && o.indicator !== indicator);
}

/** The indicator that measures a target: its own, else the one indicator of its observations. */
export function statusIndicator(t: Target, all: readonly Observation[]): string | undefined {
	if (t.indicator) return t.indicator;
	const ids = new Set(all.filter((o) => o.target === t.id).map((o) => o.indicator));
	// A proxy's indicator never measures the target for real, even when it is the only one.
	const only = ids.size === 1 ? [...ids][0] : undefined;
	return only !== t.proxy?.indicator ? only : undefined;
}

/** The target's own series (its indicator in its region, every edition), split into counted and not. */
export function statusObservations(t: Target, all: readonly Observation[]) {
	const indicator = statusIndicator(t, all);
	const region = t.region ?? 'World';
	const mine = all.filter((o) => o.indicator === indicator && sameRegion(o.region, region));
	return {
		indicator,
		region,
		counted: mine.filter((o) => !NOT_COUNTED.includes(o.status)),
		excluded: mine.filter((o) => NOT_COUNTED.includes(o.status))
	};
}

/** The status of one target as of `opts.asOfYear`. Pure; see README.md for the rule in words. */
export function targetStatus(
	t: Target,
	all: readonly Observation[],
	opts: StatusOptions
): StatusResult {
	const { indicator, region, counted, excluded } = statusObservations(t, all);
	const deadline = t.targetYear ?? opts.deadlineYear;
	const base = {
		indicator,
		region,
		deadline,
		provisional: t.status === 'unverified' || t.status === 'doubtful',
		excluded: excluded.length
	};
	const result = (status: TargetStatus, reason: string, extra: Partial<StatusResult> = {}) => ({
		...base,
		status,
		reason,
		...extra
	});
	// Without a verdict, the target level is still given (for the chart) when it needs no series.
	const known = goalLevel(t, t.baselineYear !== undefined ? t.baselineValue : undefined);
	const none = (reason: string) =>
		result('insufficient-data', reason, {
			goal: known !== null && deadline !== undefined ? { year: deadline, value: known } : undefined
		});

	if (t.kind === 'qualitative')
		return result('qualitative', 'A qualitative target: there is no number to measure it by.');
	if (deadline === undefined) return none('The target has no deadline year.');
	if (!indicator) return none('No indicator in the data measures this target.');
	if (!counted.length)
		return none(
			excluded.length
				? `The only values for ${region} are unverified or doubtful, so they cannot decide a status.`
				: `The data has no value of this indicator for ${region}.`
		);

	const passed = opts.asOfYear > deadline;
	const from = passed ? deadline - DEADLINE_LOOKBACK : -Infinity;
	const years = counted.map((o) => o.year).filter((y) => y <= deadline && y >= from);
	if (!years.length)
		return none(
			passed
				? `The deadline was ${deadline}, and the data has no value for ${region} in ${deadline}${DEADLINE_LOOKBACK ? ` or ${deadline - DEADLINE_LOOKBACK}` : ''}.`
				: `The data has no value for ${region} up to ${deadline}.`
		);
	const judged = latestFor(counted, Math.max(...years))!;
	const unit = judged.unit;
	const at = `${fmtValue(judged.value, unit)} in ${judged.year} (${judged.edition})`;

	let baseline: StatusResult['baseline'];
	if (t.baselineValue !== undefined && t.baselineYear !== undefined)
		baseline = { year: t.baselineYear, value: t.baselineValue, fromSeries: false };
	else if (t.kind === 'at-least' || t.kind === 'at-most' || t.kind === 'parity') {
		// A missing baseline: the same edition's value for the year the framework was adopted (or the
		// nearest year before it), else its earliest value before the judged year.
		const earlier = counted
			.filter((o) => o.edition === judged.edition && o.year < judged.year)
			.sort((a, b) => a.year - b.year);
		const adopted = opts.adoptedYear;
		const atAdoption = adopted === undefined ? [] : earlier.filter((o) => o.year <= adopted);
		const first = atAdoption.at(-1) ?? earlier[0];
		if (first) baseline = { year: first.year, value: first.value, fromSeries: true };
	}

	const level = goalLevel(t, baseline?.value);
	if (level === null)
		return none(
			t.kind === 'increase-by' || t.kind === 'decrease-by'
				? 'The target is a change from a baseline the data does not have, so its level is unknown.'
				: 'The target has no target value.'
		);
	const goal = { year: deadline, value: level };
	const gap = gapTo(t.kind, judged.value, level);
	const numbers = {
		goal,
		baseline,
		judged,
		gap,
		relativeGap: level !== 0 ? gap / Math.abs(level) : gap
	};
	const goalText = fmtValue(level, unit);

	if (meets(t.kind, judged.value, level))
		return result('achieved', `${at} meets the target of ${goalText}.`, numbers);
	if (passed) {
		const later = counted
			.map((o) => o.year)
			.filter((y) => y > deadline)
			.sort((a, b) => a - b)
			.find((y) => meets(t.kind, latestFor(counted, y)!.value, level));
		return result(
			'not-achieved',
			`${at} is short of the target of ${goalText} due by ${deadline}${later ? `; it was reached in ${later}` : ''}.`,
			{ ...numbers, reachedYear: later }
		);
	}
	if (!baseline)
		return result(
			'insufficient-data',
			`${at}: not met yet, and there is no baseline to judge the pace from.`,
			numbers
		);
	if (judged.year <= baseline.year)
		return result(
			'insufficient-data',
			`${at}: no value after the baseline year ${baseline.year} yet.`,
			numbers
		);

	const required = requiredAt(baseline, goal, judged.year);
	const tolerance = ON_TRACK_TOLERANCE * Math.abs(level - baseline.value);
	const dir = direction(t.kind, baseline.value);
	const onTrack =
		dir === 'down' ? judged.value <= required + tolerance : judged.value >= required - tolerance;
	return result(
		onTrack ? 'on-track' : 'off-track',
		`${at} against ${fmtValue(required, unit)} needed that year on the straight path from ${fmtValue(baseline.value, unit)} in ${baseline.year} to ${goalText} in ${deadline}.`,
		{ ...numbers, required }
	);
}
