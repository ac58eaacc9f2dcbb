/**
 * A lane's marks as a few SVG path strings (one per kind of mark) instead of one element per
 * item, so thousands of items redraw cheaply on zoom; and the hit test that finds the item under
 * the pointer in place of per-item event handlers.
 */
import { ROW_H } from './layout';
import { textWidth, type Placed } from './stack';
import type { TimelineItem } from './types';

export type MarkKind = 'dot' | 'square' | 'bar' | 'flag' | 'arrow';

/** Path data per mark kind, split into certain and uncertain (drawn dashed and hollow). */
export type MarkPaths = Record<MarkKind, { certain: string; uncertain: string }>;

const R = 5;
const circle = (x: number, y: number) =>
	`M${x - R},${y}a${R},${R} 0 1,0 ${2 * R},0a${R},${R} 0 1,0 ${-2 * R},0`;
const rect = (x: number, y: number, w: number, h: number) => `M${x},${y}h${w}v${h}h${-w}Z`;
const f = (n: number) => Math.round(n * 10) / 10;

/** The kind of mark an item is drawn with. */
export function markKind(p: Placed): MarkKind {
	if (p.x1 > p.x0) return 'bar';
	if (p.item.shape === 'deadline') return 'flag';
	return p.item.shape === 'instance' ? 'square' : 'dot';
}

/** Path strings for `placed` items, `rowY(row)` giving each row's centre line. */
export function markPaths(placed: readonly Placed[], rowY: (row: number) => number): MarkPaths {
	const parts: Record<MarkKind, { certain: string[]; uncertain: string[] }> = {
		dot: { certain: [], uncertain: [] },
		square: { certain: [], uncertain: [] },
		bar: { certain: [], uncertain: [] },
		flag: { certain: [], uncertain: [] },
		arrow: { certain: [], uncertain: [] }
	};
	for (const p of placed) {
		const y = rowY(p.row);
		const x = f(p.x0);
		const out = parts[markKind(p)][p.item.uncertain ? 'uncertain' : 'certain'];
		switch (markKind(p)) {
			case 'bar':
				// An uncertain bar is thin and hollow, under its label rather than through it.
				out.push(
					p.item.uncertain ? rect(x, y + 4, f(p.x1 - p.x0), 5) : rect(x, y - 6, f(p.x1 - p.x0), 12)
				);
				if (p.item.open) parts.arrow.certain.push(`M${f(p.x1)},${y - 7}l7,7l-7,7Z`);
				break;
			case 'flag':
				out.push(`M${x},${y + 8}V${y - 8}l9,4l-9,4`);
				break;
			case 'square':
				out.push(rect(x - R, y - R, 2 * R, 2 * R));
				break;
			default:
				out.push(circle(x, y));
		}
	}
	const join = (l: string[]) => l.join('');
	return Object.fromEntries(
		Object.entries(parts).map(([k, v]) => [
			k,
			{ certain: join(v.certain), uncertain: join(v.uncertain) }
		])
	) as MarkPaths;
}

/**
 * The item drawn at world point (x, y) of a lane: `y` relative to the lane's top, `rowsTop` where
 * its rows start. Marks are hit within a few pixels; a shown label counts as part of its item.
 */
export function hitTest(
	placed: readonly Placed[],
	rowsTop: number,
	x: number,
	y: number,
	charWidth = 6.8
): TimelineItem | null {
	const row = Math.floor((y - rowsTop) / ROW_H);
	let best: TimelineItem | null = null;
	let bestD = Infinity;
	for (const p of placed) {
		if (p.row !== row) continue;
		const a = p.x0 - 7;
		const b = Math.max(p.x1, p.x0) + 7;
		const d = x < a ? a - x : x > b ? x - b : 0;
		const onLabel =
			p.label !== null && x >= p.labelX && x <= p.labelX + textWidth(p.label, charWidth);
		const dist = onLabel
			? 0.5
			: d === 0
				? Math.abs(x - (p.x0 + Math.max(p.x1, p.x0)) / 2) / 1e3
				: Infinity;
		if (dist < bestD) [best, bestD] = [p.item, dist];
	}
	return best;
}
