/**
 * Keyboard stepping: Left/Right go to the previous/next item of the lane in time order,
 * Up/Down to the item of the neighbouring lane nearest in time, Home/End to the lane's ends.
 */
import type { TimelineItem } from './types';

export interface Cursor {
	lane: number;
	index: number;
}

/** Index of the item in `list` (sorted by start) whose start is nearest to `t`. */
export function nearestIndex(list: readonly TimelineItem[], t: number): number {
	let best = 0;
	for (let i = 1; i < list.length; i++)
		if (Math.abs(list[i]!.start - t) < Math.abs(list[best]!.start - t)) best = i;
	return best;
}

/**
 * The cursor after pressing `key`, over `lanes` (each lane's items sorted by start); null when
 * the key does not move. With no cursor yet, any arrow key lands on the first item in `lanes`.
 */
export function step(
	lanes: readonly (readonly TimelineItem[])[],
	cursor: Cursor | null,
	key: string
): Cursor | null {
	if (!cursor) {
		const lane = lanes.findIndex((l) => l.length > 0);
		return lane < 0 ? null : { lane, index: 0 };
	}
	const list = lanes[cursor.lane] ?? [];
	const here = list[cursor.index];
	switch (key) {
		case 'ArrowRight':
			return cursor.index + 1 < list.length ? { ...cursor, index: cursor.index + 1 } : null;
		case 'ArrowLeft':
			return cursor.index > 0 ? { ...cursor, index: cursor.index - 1 } : null;
		case 'Home':
			return { ...cursor, index: 0 };
		case 'End':
			return { ...cursor, index: Math.max(0, list.length - 1) };
		case 'ArrowUp':
		case 'ArrowDown': {
			const dir = key === 'ArrowUp' ? -1 : 1;
			for (let l = cursor.lane + dir; l >= 0 && l < lanes.length; l += dir) {
				const other = lanes[l]!;
				if (other.length) return { lane: l, index: here ? nearestIndex(other, here.start) : 0 };
			}
			return null;
		}
	}
	return null;
}
