/** The overview's sections: one per goal when ordered by goal, else one list. */
import type { Goal } from '$lib/data/types';
import type { SortKey, TargetRow } from './sort';

export interface RowGroup {
	id: string;
	title: string;
	goal?: Goal;
	rows: TargetRow[];
}

/**
 * Groups sorted rows: by goal (every goal of the framework is listed, even when the filters leave it
 * empty, then targets without a goal) or, for the other orders, one list in that order.
 */
export function groupRows(
	sorted: readonly TargetRow[],
	goals: readonly Goal[],
	sort: SortKey
): RowGroup[] {
	if (sort !== 'goal')
		return [
			{
				id: 'all',
				title:
					sort === 'status' ? 'All targets, worst status first' : 'All targets, largest gap first',
				rows: [...sorted]
			}
		];
	const byNumber = [...goals].sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
	const ids = new Set(byNumber.map((g) => g.id));
	const out: RowGroup[] = byNumber.map((g) => ({
		id: g.id,
		title: `Goal ${g.number ?? ''}: ${g.name}`,
		goal: g,
		rows: sorted.filter((r) => r.target.goal === g.id)
	}));
	const rest = sorted.filter((r) => !r.target.goal || !ids.has(r.target.goal));
	if (rest.length)
		out.push({
			id: 'none',
			title: goals.length ? 'Targets without a goal' : 'Targets',
			rows: rest
		});
	return out;
}
