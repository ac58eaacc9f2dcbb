/**
 * A static timeline for the handout: the lanes that have items in a window of years (the view's
 * highlighted range with some years either side, else 1865–2030), each lane's items stacked as on
 * screen (marks as a few paths, labels that never overlap, "+n" where items cluster), a year axis,
 * the highlighted range as a band and the selected item ringed. Pure; no interactivity.
 */
import { scaleUtc } from 'd3';
import type { Dataset } from '$lib/data/types';
import { matchesAll, type Filters } from '$lib/filters/facets';
import { viewData } from '$lib/filters/viewData';
import type { YearRange } from '$lib/filters/years';
import { buildTimeline } from '$lib/timeline/build';
import { utc } from '$lib/timeline/dates';
import { GROUP_LABEL } from '$lib/timeline/lanes';
import { itemsByLane, layoutLanes, positionOf } from '$lib/timeline/layout';
import { markPaths, type MarkPaths } from '$lib/timeline/marks';
import { textWidth } from '$lib/timeline/stack';
import { DOMAIN } from '$lib/timeline/scale';
import { chooseTicks, type Tick } from '$lib/timeline/ticks';
import type { LaneGroup } from '$lib/timeline/types';
import { PAPER_MIN_FONT, PAPER_WIDTH } from './paper';

/** The figure's type size: a point above the printed minimum, as it may print a little smaller. */
export const FIGURE_FONT = PAPER_MIN_FONT + 1;

export interface FigureLane {
	id: string;
	label: string;
	group: LaneGroup;
	/** Folded to one row without labels (to fit the page). */
	collapsed: boolean;
	y: number;
	height: number;
	paths: MarkPaths;
	labels: { x: number; y: number; text: string; uncertain: boolean }[];
	clusters: { x: number; y: number; n: number }[];
}

export interface TimelineFigure {
	width: number;
	height: number;
	/** Left column for lane names; the plot starts here. */
	gutter: number;
	/** Top of the lanes (the axis sits above). */
	top: number;
	from: number;
	to: number;
	ticks: (Tick & { x: number })[];
	band: { x0: number; x1: number } | null;
	lanes: FigureLane[];
	selected: { x: number; y: number } | null;
	/** Items drawn (those in the window and passing the filters). */
	items: number;
}

/** `text` cut with an ellipsis to at most `width` pixels (bold names: a little wider). */
function fit(text: string, width: number, charWidth: number): string {
	const w = (s: string) => textWidth(s, charWidth) * 1.08;
	if (w(text) <= width) return text;
	let s = text;
	while (s.length > 1 && w(`${s}…`) > width) s = s.slice(0, -1);
	return `${s.trimEnd()}…`;
}

/** The years shown: the highlighted range padded (at least 4 years a side, or its own length). */
export function figureWindow(years: YearRange | null): { from: number; to: number } {
	if (!years) return { from: 1865, to: 2030 };
	const pad = Math.max(4, years.to - years.from + 1);
	return { from: Math.max(1865, years.from - pad), to: Math.min(2030, years.to + pad) };
}

export function timelineFigure(
	d: Dataset,
	s: Filters & { years: YearRange | null; sel: string | null },
	now: number,
	width = PAPER_WIDTH,
	maxHeight = 540
): TimelineFigure {
	const tl = buildTimeline(d, now);
	const nodes = new Map(d.nodes.map((n) => [n.id, n]));
	const { aligned } = viewData(d, s);
	const { from, to } = figureWindow(s.years);
	const [t0, t1] = [Math.max(DOMAIN[0], utc(from)), Math.min(DOMAIN[1], utc(to + 1))];
	const items = tl.items.filter((it) => {
		if (it.shape === 'expected' || it.end < t0 || it.start >= t1) return false;
		const n = it.ref ? nodes.get(it.ref) : undefined;
		return !n || matchesAll(n, s, aligned);
	});
	const byLane = itemsByLane(items);
	const gutter = 150;
	const plotW = width - gutter;
	const scale = scaleUtc().domain([t0, t1]).range([0, plotW]);
	// Spans that began before the window start at its edge.
	const x = (ms: number) => Math.max(-4, Math.min(plotW + 4, scale(ms)));
	// Too tall for a page: the tallest lanes fold to one row of marks without labels, in turn.
	const shown = tl.lanes.filter((l) => byLane.has(l.id));
	const collapsed = new Set<string>();
	// Labels measured at the figure's type size, never cut at the plot's left edge.
	const charWidth = (FIGURE_FONT * 6.8) / 12;
	// Rows a little taller than the type, no cadence strip (expected recurrences are not drawn).
	let dense = { minX: 0, rowH: 17, pad: 3, strip: 0 };
	const lay = () => layoutLanes(shown, byLane, x, collapsed, plotW, charWidth, dense);
	let layout = lay();
	while (layout.height > maxHeight) {
		const tallest = layout.lanes
			.filter((l) => !l.collapsed && l.rows > 1)
			.sort((a, b) => b.height - a.height)[0];
		if (!tallest) break;
		collapsed.add(tallest.lane.id);
		layout = lay();
	}
	// Every lane folded and still too tall (the whole history): the tightest rows the type allows.
	if (layout.height > maxHeight) {
		dense = { ...dense, rowH: FIGURE_FONT + 1, pad: 2 };
		layout = lay();
	}
	const top = 24;
	const lanes = layout.lanes.map((l): FigureLane => {
		const rowY = (row: number) => l.y + l.rowsTop + row * l.rowH + l.rowH / 2;
		return {
			id: l.lane.id,
			// Short Sector names ("ITU-R"), cut to the gutter: it is narrow.
			label: fit(
				l.lane.series ? l.lane.label : GROUP_LABEL[l.lane.group].replace(/ \(.*\)$/, ''),
				gutter - 8,
				charWidth
			),
			group: l.lane.group,
			collapsed: l.collapsed,
			y: l.y,
			height: l.height,
			paths: markPaths(l.placed, rowY),
			labels: l.placed
				.filter((p) => p.label !== null)
				.map((p) => ({
					x: Math.max(0, p.labelX),
					y: rowY(p.row),
					text: p.label!,
					uncertain: p.item.uncertain
				})),
			clusters: l.clusters.map((c) => ({ x: c.x0, y: rowY(l.rows), n: c.items.length }))
		};
	});
	const sel = s.sel ? items.find((it) => it.ref === s.sel || it.id === s.sel) : undefined;
	const at = sel ? positionOf(layout.lanes, sel, x) : null;
	const band = s.years ? { x0: x(utc(s.years.from)), x1: x(utc(s.years.to + 1)) } : null;
	return {
		width,
		height: top + layout.height + 4,
		gutter,
		top,
		from,
		to,
		ticks: chooseTicks(scale, 56).ticks.map((t) => ({ ...t, x: scale(t.ms) })),
		band,
		lanes,
		selected: at && { x: at.x, y: at.y },
		items: items.length
	};
}
