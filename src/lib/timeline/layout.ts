/**
 * Vertical layout of the lanes at one zoom factor: each lane stacks its items (expected
 * recurrences excepted: they sit on the lane's cadence strip), then lanes follow one another.
 * Horizontal positions are "world" pixels at zoom k; the view adds the pan offset when drawing.
 */
import { DEFAULT_STACK, stackLane, type LaneLayout } from './stack';
import type { Lane, TimelineItem } from './types';

export const ROW_H = 22;
export const LANE_PAD = 6;
export const STRIP_H = 14;

export interface PlacedLane extends LaneLayout {
	lane: Lane;
	y: number;
	height: number;
	collapsed: boolean;
	/** Expected recurrences, drawn hollow on the cadence strip. */
	expected: TimelineItem[];
	/** Top of the first stacking row, relative to the lane. */
	rowsTop: number;
	/** Height of one stacking row. */
	rowH: number;
}

/** Items grouped by lane id, keeping their time order. */
export function itemsByLane(items: readonly TimelineItem[]): Map<string, TimelineItem[]> {
	const m = new Map<string, TimelineItem[]>();
	for (const it of items) {
		let list = m.get(it.lane);
		if (!list) m.set(it.lane, (list = []));
		list.push(it);
	}
	return m;
}

/** A lane's items split into stacked ones and expected recurrences, computed once per list. */
const split = new WeakMap<TimelineItem[], { stacked: TimelineItem[]; expected: TimelineItem[] }>();
function splitLane(all: TimelineItem[]) {
	let s = split.get(all);
	if (!s) {
		s = {
			stacked: all.filter((i) => i.shape !== 'expected'),
			expected: all.filter((i) => i.shape === 'expected')
		};
		split.set(all, s);
	}
	return s;
}

/**
 * Where labels may go, in world pixels: the axis's left end, the "today" line to keep clear; and,
 * for a denser drawing (a printed figure), the row height, the lane padding and the cadence strip.
 */
export interface LabelBounds {
	minX?: number;
	avoidX?: number;
	rowH?: number;
	pad?: number;
	strip?: number;
}

/**
 * Lays out `lanes` in order; `x(ms)` gives world pixels at the current zoom; `charWidth` is the
 * average width of a label character (larger type in projector mode); `bounds` keep labels
 * inside the axis and off the "today" line.
 */
export function layoutLanes(
	lanes: readonly Lane[],
	byLane: Map<string, TimelineItem[]>,
	x: (ms: number) => number,
	collapsed: ReadonlySet<string>,
	maxX = Infinity,
	charWidth = DEFAULT_STACK.charWidth,
	bounds: LabelBounds = {}
): { lanes: PlacedLane[]; height: number } {
	const { rowH = ROW_H, pad = LANE_PAD, strip = STRIP_H, minX, avoidX } = bounds;
	let y = 0;
	const out: PlacedLane[] = [];
	for (const lane of lanes) {
		const { stacked: items, expected } = splitLane(byLane.get(lane.id) ?? []);
		const shut = collapsed.has(lane.id);
		const stacked = stackLane(
			items,
			x,
			shut
				? { ...DEFAULT_STACK, maxRows: 1, labels: false }
				: { ...DEFAULT_STACK, maxX, charWidth, minX, avoidX }
		);
		const rowsTop = pad + (lane.series ? strip : 0);
		const rows = stacked.rows + (stacked.clusters.length ? 1 : 0);
		const height = rowsTop + rows * rowH + pad;
		out.push({ ...stacked, lane, y, height, collapsed: shut, expected, rowsTop, rowH });
		y += height;
	}
	return { lanes: out, height: y };
}

/** Moves the lane `id` one place up (-1) or down (+1) in `order`; unchanged at the ends. */
export function moveLane(order: readonly string[], id: string, dir: -1 | 1): string[] {
	const i = order.indexOf(id);
	const j = i + dir;
	if (i < 0 || j < 0 || j >= order.length) return [...order];
	const next = [...order];
	[next[i], next[j]] = [next[j]!, next[i]!];
	return next;
}

/** `lanes` in the user's `order` (ids not in it keep their data order, after the ordered ones). */
export function applyOrder(lanes: readonly Lane[], order: readonly string[]): Lane[] {
	const rank = new Map(order.map((id, i) => [id, i]));
	return [...lanes]
		.map((l, i) => ({ l, r: rank.get(l.id) ?? order.length + i }))
		.sort((a, b) => a.r - b.r)
		.map((x) => x.l);
}

/**
 * Where `item` is drawn: world x and y within the lanes; on its lane's cluster row when it is
 * clustered; null when its lane is not laid out.
 */
export function positionOf(
	lanes: readonly PlacedLane[],
	item: TimelineItem,
	x: (ms: number) => number
): { item: TimelineItem; x: number; y: number } | null {
	const l = lanes.find((p) => p.lane.id === item.lane);
	if (!l) return null;
	const p = l.placed.find((q) => q.item.id === item.id);
	const row = p ? p.row : l.rows;
	return { item, x: p ? p.x0 : x(item.start), y: l.y + l.rowsTop + row * l.rowH + l.rowH / 2 };
}
