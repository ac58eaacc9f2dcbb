/**
 * The observations a handout needs, a tenth of the dataset's: each target's own series (its
 * indicator in its region), which is all its status and its handout chart read, plus the rows that
 * tell which indicator a target without one is measured by. Run at build time.
 */
import type { Dataset, Observation } from '$lib/data/types';
import { statusObservations } from '$lib/targets/status';

export function handoutObservations(d: Pick<Dataset, 'targets' | 'observations'>): Observation[] {
	const keep = new Set<Observation>();
	for (const t of d.targets) {
		const { counted, excluded } = statusObservations(t, d.observations);
		for (const o of [...counted, ...excluded]) keep.add(o);
		if (!t.indicator) for (const o of d.observations) if (o.target === t.id) keep.add(o);
	}
	return d.observations.filter((o) => keep.has(o));
}
