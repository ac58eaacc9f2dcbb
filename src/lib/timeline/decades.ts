/** The text alternative's grouping: items in time order, by decade. */
import type { TimelineItem } from './types';

export interface DecadeGroup {
	decade: number;
	items: TimelineItem[];
}

/** Groups `items` by the decade they start in, both in time order. */
export function byDecade(items: readonly TimelineItem[]): DecadeGroup[] {
	const sorted = [...items].sort((a, b) => a.start - b.start || a.label.localeCompare(b.label));
	const groups: DecadeGroup[] = [];
	for (const it of sorted) {
		const decade = Math.floor(new Date(it.start).getUTCFullYear() / 10) * 10;
		const last = groups.at(-1);
		if (last?.decade === decade) last.items.push(it);
		else groups.push({ decade, items: [it] });
	}
	return groups;
}

/** Items overlapping `[t0, t1]` (UTC ms). */
export function visibleItems(
	items: readonly TimelineItem[],
	t0: number,
	t1: number
): TimelineItem[] {
	return items.filter((it) => it.start < t1 && it.end > t0);
}
