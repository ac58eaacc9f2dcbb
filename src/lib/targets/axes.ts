/** One time axis per framework for the overview's small multiples (unless each card fits its own). */
import type { Observation } from '$lib/data/types';
import { sameRegion } from './editions';
import type { TargetRow } from './sort';

/**
 * The year span every card of the rows shares: each target's own-region values, baseline, target
 * year and drawn pace. Undefined when no card has anything to draw.
 */
export function sharedYears(
	rows: readonly TargetRow[],
	observationsOf: (id: string) => readonly Observation[]
): [number, number] | undefined {
	const years: number[] = [];
	for (const r of rows) {
		const own = observationsOf(r.target.id).filter((o) => sameRegion(o.region, r.status.region));
		if (!own.length) continue;
		years.push(...own.map((o) => o.year));
		for (const p of [r.status.baseline, r.status.goal]) if (p) years.push(p.year);
		const pace = r.assessment?.pace;
		if (pace) years.push(pace.line[1].year);
	}
	if (!years.length) return undefined;
	const from = Math.min(...years);
	return [from, Math.max(from + 1, ...years)];
}
