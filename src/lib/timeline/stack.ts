/**
 * Stacking in dense periods: each lane's items go to the first row where they fit with their
 * label, else the first row where the mark alone fits (label hidden), else into a cluster that
 * expands on zoom or click. Labels therefore never overlap marks or other labels.
 * Works on pixel positions at one zoom factor; panning only translates the result.
 */
import type { TimelineItem } from './types';

export interface StackOptions {
	/** Rows before items cluster (1 for a collapsed lane). */
	maxRows: number;
	/** Show labels at all (off for a collapsed lane). */
	labels: boolean;
	/** Average label character width in pixels. */
	charWidth: number;
	/** Half-width of a point mark, in pixels. */
	radius: number;
	/** Minimum free space between neighbours, in pixels. */
	gap: number;
	/** A point whose date interval is at least this wide is drawn as a bar over it. */
	minBar: number;
	/** Right end of the axis: labels that would pass it go left of their mark. */
	maxX?: number;
	/** Left end of the axis: a label is never drawn before it (it would be cut). */
	minX?: number;
	/** A line labels must not cross (the "today" marker), in pixels. */
	avoidX?: number;
}

export const DEFAULT_STACK: StackOptions = {
	maxRows: 5,
	labels: true,
	charWidth: 6.8,
	radius: 6,
	gap: 4,
	minBar: 6
};

export interface Placed {
	item: TimelineItem;
	/** Mark start and end in pixels (equal for a point drawn as a dot). */
	x0: number;
	x1: number;
	row: number;
	/** Label text shown (truncated), or null when hidden to avoid overlap. */
	label: string | null;
	/** Label x: inside a wide bar, else right of the mark. */
	labelX: number;
}

export interface Cluster {
	id: string;
	x0: number;
	x1: number;
	items: TimelineItem[];
	/** Time range of its items, to zoom to. */
	start: number;
	end: number;
}

export interface LaneLayout {
	placed: Placed[];
	clusters: Cluster[];
	/** Rows used by placed items (at least 1). Clusters sit in one more row below. */
	rows: number;
}

const MAX_LABEL = 36;

/** Widths of characters in em (a sans-serif such as DejaVu Sans or Segoe UI, rounded up). */
const em = (c: string): number => {
	if (c === ' ') return 0.32;
	if (/[iljtfr.,:;'!|()[\]]/.test(c)) return 0.36;
	if (c === '…' || c === '—' || /[MW]/.test(c)) return 1;
	if (/[A-Z]/.test(c)) return 0.7;
	if (/[0-9]/.test(c)) return 0.64;
	if (/[mw]/.test(c)) return 0.9;
	return 0.58;
};
/** `charWidth` is the average width of a character of ordinary text, about 0.567 em. */
const AVERAGE_EM = 0.567;

/**
 * The width of `text` in pixels when the average character is `charWidth` wide: capitals,
 * digits and wide letters count more than `i` or a space, so "WTDC-22" is not under-measured.
 */
export function textWidth(text: string, charWidth: number): number {
	let w = 0;
	for (const c of text) w += em(c);
	return (w * charWidth) / AVERAGE_EM;
}

/** A label cut to `MAX_LABEL` characters with an ellipsis. */
export const truncate = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

const labels = new WeakMap<TimelineItem, string>();
const labelOf = (item: TimelineItem) => {
	let t = labels.get(item);
	if (t === undefined) labels.set(item, (t = truncate(item.label)));
	return t;
};

/** `text` shortened with an ellipsis to at most `width` pixels; null when under six characters fit. */
export function fitText(text: string, width: number, charWidth: number): string | null {
	if (textWidth(text, charWidth) <= width) return text;
	let s = text;
	while (s.length > 5 && textWidth(`${s}…`, charWidth) > width) s = s.slice(0, -1);
	return s.length > 5 ? `${s.trimEnd()}…` : null;
}

/** Lays out `items` (sorted by start) whose pixel position is `x(ms)`. */
export function stackLane(
	items: readonly TimelineItem[],
	x: (ms: number) => number,
	opts: StackOptions = DEFAULT_STACK
): LaneLayout {
	const { maxRows, charWidth, radius, gap, minBar } = opts;
	/** Per row: where its last mark ends, where its last label ends, and that item's index in `placed`. */
	const rows: { mark: number; label: number; last: number }[] = [];
	const placed: Placed[] = [];
	const clusters: Cluster[] = [];
	for (const item of items) {
		const a = x(item.start);
		const b = x(item.end);
		const bar = item.shape === 'span' || b - a >= minBar;
		const x0 = a;
		const x1 = bar ? Math.max(b, a + 2) : a;
		const markStart = bar ? x0 : x0 - radius;
		const markEnd = bar ? x1 : x0 + radius;
		const text = labelOf(item);
		const labelW = textWidth(text, charWidth) + 4;
		const inside = bar && x1 - x0 >= labelW + 8;
		// Right of the mark, unless it would run past the right end of the axis or across the
		// "today" line: then left of it, unless that is cut at the left end or crosses the line
		// too: then no label (the tooltip and the text alternative still name the item).
		const fits = (from: number) =>
			from >= (opts.minX ?? -Infinity) &&
			from + labelW <= (opts.maxX ?? Infinity) &&
			!(opts.avoidX !== undefined && from - 2 <= opts.avoidX && opts.avoidX <= from + labelW + 2);
		const rightOk = !inside && fits(markEnd + 4);
		const left = opts.labels && !inside && !rightOk && fits(markStart - 4 - labelW);
		// A long bar whose whole label fits nowhere keeps a shortened label inside it (a narrower
		// plot, e.g. with the panel open, must not strip the Governance bars of their names).
		const cut =
			opts.labels && bar && !inside && !rightOk && !left
				? fitText(text, x1 - x0 - 12, charWidth)
				: null;
		const labels = opts.labels && (inside || rightOk || left || cut !== null);
		const labelX = inside || cut ? x0 + 4 : left ? markStart - 4 - labelW : markEnd + 4;
		const start = left ? labelX : markStart;
		const labelEnd = !labels || inside || left || cut ? markEnd : labelX + labelW;
		// First choice: a row whose last label ends before this item (and its label); second: a
		// new row; third: a row whose last mark ends before this mark, hiding that neighbour's
		// label (and this label if it is on the left and would touch that mark); else a cluster.
		let row = rows.findIndex((r) => r.label + gap <= start);
		let shown = labels;
		if (row < 0 && rows.length < maxRows) row = rows.length;
		if (row < 0) {
			row = rows.findIndex((r) => r.mark + gap <= markStart);
			if (row >= 0) {
				placed[rows[row]!.last]!.label = null;
				shown &&= rows[row]!.mark + gap <= start;
			}
		}
		if (row >= 0) {
			rows[row] = { mark: markEnd, label: shown ? labelEnd : markEnd, last: placed.length };
			placed.push({ item, x0, x1, row, label: shown ? (cut ?? text) : null, labelX });
			continue;
		}
		const last = clusters.at(-1);
		if (last && last.x1 + gap >= markStart) {
			last.items.push(item);
			last.x1 = Math.max(last.x1, markEnd);
			last.start = Math.min(last.start, item.start);
			last.end = Math.max(last.end, item.end);
		} else
			clusters.push({
				id: `cluster:${item.id}`,
				x0: markStart,
				x1: Math.max(markEnd, markStart + 28),
				items: [item],
				start: item.start,
				end: item.end
			});
	}
	return { placed, clusters, rows: Math.max(1, rows.length) };
}
