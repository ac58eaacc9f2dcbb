/**
 * The level a target asks for and the straight path from its baseline to it.
 */
import type { Target, TargetKind } from '$lib/data/types';

export interface YearValue {
	year: number;
	value: number;
}

/** A gender parity score counts as parity inside this band (ITU's convention). */
export const PARITY_BAND = { low: 0.98, high: 1.02 } as const;

/** Which way progress goes: up to a minimum, down to a maximum, or into the parity band. */
export type Direction = 'up' | 'down';

/**
 * The direction of progress for a target kind. Parity goes up when the baseline is below the band
 * and down when above it (up when the baseline is unknown).
 */
export function direction(kind: TargetKind, baseline?: number): Direction | null {
	switch (kind) {
		case 'at-least':
		case 'increase-by':
			return 'up';
		case 'at-most':
		case 'decrease-by':
			return 'down';
		case 'parity':
			return baseline !== undefined && baseline > PARITY_BAND.high ? 'down' : 'up';
		default:
			return null;
	}
}

/**
 * The level a target asks for: its value for `at-least` / `at-most`; the baseline raised or lowered
 * by `target_value` percent for `increase-by` / `decrease-by` (needs the baseline); the nearest edge
 * of the parity band for `parity`. Null when it cannot be computed (qualitative, missing numbers).
 */
export function goalLevel(
	t: Pick<Target, 'kind' | 'targetValue'>,
	baseline?: number
): number | null {
	const v = t.targetValue;
	switch (t.kind) {
		case 'at-least':
		case 'at-most':
			return v ?? null;
		case 'increase-by':
			return v === undefined || baseline === undefined ? null : baseline * (1 + v / 100);
		case 'decrease-by':
			return v === undefined || baseline === undefined ? null : baseline * (1 - v / 100);
		case 'parity':
			return baseline !== undefined && baseline > PARITY_BAND.high
				? PARITY_BAND.high
				: PARITY_BAND.low;
		default:
			return null;
	}
}

/** Whether a value meets a target of this kind whose goal level is `goal`. */
export function meets(kind: TargetKind, value: number, goal: number): boolean {
	if (kind === 'parity') return value >= PARITY_BAND.low && value <= PARITY_BAND.high;
	const dir = direction(kind);
	return dir === 'up' ? value >= goal : dir === 'down' ? value <= goal : false;
}

/**
 * The value the straight path from baseline to goal asks for in `year`: linear between the two,
 * the baseline before it and the goal after it.
 */
export function requiredAt(baseline: YearValue, goal: YearValue, year: number): number {
	if (year <= baseline.year || goal.year <= baseline.year)
		return year < goal.year ? baseline.value : goal.value;
	if (year >= goal.year) return goal.value;
	const t = (year - baseline.year) / (goal.year - baseline.year);
	return baseline.value + t * (goal.value - baseline.value);
}

/** The required path as one point per year from the baseline year to the goal year. */
export function requiredPath(baseline: YearValue, goal: YearValue): YearValue[] {
	const out: YearValue[] = [];
	for (let y = baseline.year; y <= goal.year; y++)
		out.push({ year: y, value: requiredAt(baseline, goal, y) });
	return out;
}

/**
 * How far a value still is from the goal, in the target's unit: positive when short of it, zero or
 * negative when met. For parity, the distance to the band (0 inside it).
 */
export function gapTo(kind: TargetKind, value: number, goal: number): number {
	if (kind === 'parity') {
		if (value < PARITY_BAND.low) return PARITY_BAND.low - value;
		if (value > PARITY_BAND.high) return value - PARITY_BAND.high;
		return 0;
	}
	return direction(kind) === 'down' ? value - goal : goal - value;
}
