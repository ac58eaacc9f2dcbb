/** Ordering targets in the overview: by goal, by status (worst first) or by gap to target. */
import type { Goal, Target } from '$lib/data/types';
import type { Assessment } from './assess';
import { TARGET_STATUSES, type StatusResult } from './status';

export const SORT_KEYS = ['goal', 'status', 'gap'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface TargetRow {
	target: Target;
	goal?: Goal;
	/** The status under the chosen method (the one counted and sorted by). */
	status: StatusResult;
	/** Both methods, the working, pace or lapsed reading (absent in older callers). */
	assessment?: Assessment;
	/** The labelled proxy's assessment, in proxy mode only. */
	proxy?: Assessment;
}

/** Target codes in natural order: "1.2" < "1.10", "2.1.A" < "2.1.B" < "2.2". */
export function compareCodes(a: string, b: string): number {
	const pa = a.split(/[.\s-]+/);
	const pb = b.split(/[.\s-]+/);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const x = pa[i] ?? '';
		const y = pb[i] ?? '';
		if (x === y) continue;
		const nx = /^\d+$/.test(x) ? Number(x) : NaN;
		const ny = /^\d+$/.test(y) ? Number(y) : NaN;
		if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
		return x.localeCompare(y, 'en', { sensitivity: 'base' }) || (x < y ? -1 : 1);
	}
	return 0;
}

const byGoal = (a: TargetRow, b: TargetRow) =>
	(a.goal?.number ?? Infinity) - (b.goal?.number ?? Infinity) ||
	compareCodes(a.target.code, b.target.code);

/** Largest remaining gap first; targets without a numeric gap last. */
const byGap = (a: TargetRow, b: TargetRow) => {
	const ga = a.status.relativeGap;
	const gb = b.status.relativeGap;
	if (ga === undefined || gb === undefined)
		return (ga === undefined ? 1 : 0) - (gb === undefined ? 1 : 0);
	return gb - ga;
};

/** A sorted copy of the rows. Ties fall back to goal then code order. */
export function sortRows(rows: readonly TargetRow[], by: SortKey): TargetRow[] {
	const cmp =
		by === 'goal'
			? byGoal
			: by === 'gap'
				? (a: TargetRow, b: TargetRow) => byGap(a, b) || byGoal(a, b)
				: (a: TargetRow, b: TargetRow) =>
						TARGET_STATUSES.indexOf(a.status.status) - TARGET_STATUSES.indexOf(b.status.status) ||
						byGap(a, b) ||
						byGoal(a, b);
	return [...rows].sort(cmp);
}
