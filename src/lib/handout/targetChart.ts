/**
 * What a handout draws for a selected target: its status and its own region's observations (inside
 * the view's year range), as the targets view's drill-down first shows them. Pure.
 */
import type { Dataset, Observation, Target } from '$lib/data/types';
import { sameRegion } from '$lib/targets/editions';
import { targetObservations, targetStatus, type StatusResult } from '$lib/targets/status';
import type { YearRange } from '$lib/filters/years';

export interface TargetChartInput {
	target: Target;
	status: StatusResult;
	observations: Observation[];
	label: string;
}

/** The chart inputs for target `id`, or null when the dataset has no such target. */
export function targetChartInput(
	d: Pick<Dataset, 'targets' | 'frameworks' | 'observations'>,
	id: string,
	asOfYear: number,
	years: YearRange | null = null
): TargetChartInput | null {
	const target = d.targets.find((t) => t.id === id);
	if (!target) return null;
	const fw = d.frameworks.find((f) => f.id === target.framework);
	const status = targetStatus(target, d.observations, {
		asOfYear,
		deadlineYear: fw?.deadlineYear,
		adoptedYear: fw?.adoptedYear
	});
	const observations = targetObservations(target, d.observations).filter(
		(o) =>
			sameRegion(o.region, status.region) &&
			(!years || (o.year >= years.from && o.year <= years.to))
	);
	const n = observations.length;
	return {
		target,
		status,
		observations,
		label: `Chart of target ${target.code}: ${status.region}, ${n} value${n === 1 ? '' : 's'}`
	};
}
