/**
 * Everything a target chart draws, computed from typed rows: scales, one line per region and
 * edition (never joined across editions), point shapes by nature, the baseline, the goal point and
 * the straight required path. d3 computes; the Svelte component only maps this to SVG.
 */
import { line, scaleLinear } from 'd3';
import type { Observation } from '$lib/data/types';
import { compareEditions, groupSeries, sameRegion, type Series } from './editions';
import { PARITY_BAND } from './path';
import type { Pace } from './pace';
import { NOT_COUNTED, type StatusResult } from './status';

export type Shape = 'filled' | 'hollow' | 'square';

/** Observed values are filled dots, estimated hollow dots, derived hollow squares. */
export const SHAPE_OF: Record<Observation['nature'], Shape> = {
	observed: 'filled',
	estimated: 'hollow',
	derived: 'square'
};

/** Region colours (theme tokens that keep 3:1 on both themes); the target's region comes first. */
export const PALETTE = [
	'var(--accent)',
	'var(--sector-itu-d)',
	'var(--sector-itu-t)',
	'var(--sector-itu-r)',
	'var(--sector-gs)',
	'var(--sector-none)'
];
/** Dash patterns for older editions (the latest edition of a region is solid). */
export const DASHES = ['6 4', '2 3', '9 3 2 3', '4 2'];

export interface ChartPoint {
	obs: Observation;
	x: number;
	y: number;
	shape: Shape;
	/** Unverified or doubtful: drawn with a "?" and never counted for the status. */
	flagged: boolean;
}

export interface ChartLine {
	series: Series;
	colour: string;
	dash: string | null;
	latest: boolean;
	d: string;
	points: ChartPoint[];
	label: string;
	labelY: number;
}

export interface Tick {
	value: number;
	pos: number;
}

export interface ChartModel {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
	xTicks: Tick[];
	yTicks: Tick[];
	lines: ChartLine[];
	baseline?: { x: number; y: number; value: number; year: number; fromSeries: boolean };
	goal?: { x: number; y: number; value: number; year: number };
	/** The straight required path from baseline to goal, as an SVG path. */
	path?: string;
	/** The observation the status is decided on, if drawn. */
	judgedId?: string;
	/** For parity targets: the band that counts as parity, in pixels (top y, bottom y). */
	band?: { y0: number; y1: number };
	/** The pace continued to the target or the deadline (dashed, never a data line). */
	projection?: string;
}

export interface ChartInput {
	observations: readonly Observation[];
	status: StatusResult;
	width: number;
	height: number;
	compact?: boolean;
	/** Regions drawn (default: every region in the observations). */
	regions?: readonly string[];
	/** Draw the parity band (parity targets). */
	parity?: boolean;
	/** A shared year span (one axis per framework); the chart's own span when absent. */
	xDomain?: readonly [number, number];
	/** The pace to draw as a dashed continuation. */
	pace?: Pace | null;
	/** Type size of the chart's text in chart pixels (default 10 compact, 12 otherwise). */
	fontPx?: number;
}

/** A short edition name for labels: "ITU Facts & Figures 2023" → "F&F 2023", at most 24 characters. */
export function shortEdition(e: string): string {
	const s = e
		.replace(/ITU Facts (and|&) Figures/i, 'F&F')
		.replace(/World Bank WDI [A-Z.]+ \((\d{4}-\d{2}) vintage\)/, 'WDI $1')
		.replace(/^.*Our World in Data, (\d{4}-\d{2}).*$/, 'OWID $1')
		.replace(/Global E-waste Monitor/i, 'GEM')
		.replace(/Broadband Commission/i, 'BBC');
	return s.length > 24 ? `${s.slice(0, 23)}…` : s;
}

/** Spreads labels so no two are closer than `gap` pixels, keeping their order. */
export function dodge(ys: number[], gap: number): number[] {
	const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
	for (let k = 1; k < order.length; k++) order[k]!.y = Math.max(order[k]!.y, order[k - 1]!.y + gap);
	const out: number[] = [];
	for (const o of order) out[o.i] = o.y;
	return out;
}

/** Region order: the target's region first, then alphabetically. */
export function regionOrder(regions: Iterable<string>, own: string): string[] {
	const uniq = [...new Map([...regions].map((r) => [r.trim().toLowerCase(), r.trim()])).values()];
	return uniq.sort(
		(a, b) => Number(sameRegion(b, own)) - Number(sameRegion(a, own)) || a.localeCompare(b)
	);
}

export function chartModel(input: ChartInput): ChartModel {
	const { status, width, height, compact } = input;
	const shown = input.regions
		? input.observations.filter((o) => input.regions!.some((r) => sameRegion(r, o.region)))
		: input.observations;
	const series = groupSeries(shown);
	const regions = regionOrder(
		series.map((s) => s.region),
		status.region
	);
	const labelOf = (s: Series) =>
		regions.length > 1
			? `${s.region.slice(0, 22)} · ${shortEdition(s.edition)}`
			: shortEdition(s.edition);
	const longest = Math.max(
		0,
		...series.filter((s) => s.points.length > 1).map((s) => labelOf(s).length)
	);
	// Margins grow with the type (projector mode draws larger text).
	const fontPx = input.fontPx ?? (compact ? 10 : 12);
	const grow = fontPx / (compact ? 10 : 12);
	const margin = compact
		? { top: 14, right: 12, bottom: Math.round(22 * grow), left: Math.round(34 * grow) }
		: {
				top: Math.round(30 * grow),
				right: Math.min(300, 20 + longest * 0.63 * fontPx),
				bottom: Math.round(30 * grow),
				left: Math.round(48 * grow)
			};

	const years = shown.map((o) => o.year);
	const values = shown.map((o) => o.value);
	for (const p of [status.baseline, status.goal]) {
		if (!p) continue;
		years.push(p.year);
		values.push(p.value);
	}
	if (input.parity) values.push(PARITY_BAND.low, PARITY_BAND.high);
	for (const p of input.pace?.line ?? []) {
		years.push(p.year);
		values.push(p.value);
	}
	const x0 = input.xDomain?.[0] ?? (years.length ? Math.min(...years) : 2015);
	const x1 = input.xDomain?.[1] ?? (years.length ? Math.max(...years, x0 + 1) : 2023);
	const vMax = values.length ? Math.max(...values) : 1;
	const vMin = values.length ? Math.min(...values) : 0;
	// Percentages start at zero; other units too, unless every value sits far above it (parity ~0.9).
	const percent = shown[0]?.unit.trim().startsWith('%') ?? false;
	const y0 = vMin >= 0 && (percent || vMin < vMax * 0.5) ? 0 : vMin - (vMax - vMin || 1) * 0.15;
	const x = scaleLinear()
		.domain([x0, x1])
		.range([margin.left, width - margin.right]);
	const top = percent && vMax <= 100 ? Math.min(100, vMax * 1.08) : vMax + (vMax - y0 || 1) * 0.08;
	const y = scaleLinear()
		.domain([y0, top])
		.nice(compact ? 3 : 5)
		.range([height - margin.bottom, margin.top]);
	// About one year label per 45 pixels, whole years only.
	const room = Math.max(2, Math.floor((width - margin.left - margin.right) / (45 * grow)));
	const yearTicks = x.ticks(Math.min(compact ? 3 : 8, x1 - x0, room)).filter(Number.isInteger);
	const toLine = line<ChartPoint>()
		.x((p) => p.x)
		.y((p) => p.y);

	const lines: ChartLine[] = [];
	for (const region of regions) {
		const mine = series
			.filter((s) => sameRegion(s.region, region))
			.sort((a, b) => compareEditions(a.edition, b.edition));
		// The newest edition drawn as a line is solid; single points of later editions have no line.
		const lined = mine.filter((s) => s.points.length > 1);
		const newest = lined.at(-1) ?? mine.at(-1);
		mine.forEach((s, i) => {
			const latest = s === newest;
			const points = s.points.map((o) => ({
				obs: o,
				x: x(o.year),
				y: y(o.value),
				shape: SHAPE_OF[o.nature],
				flagged: NOT_COUNTED.includes(o.status)
			}));
			lines.push({
				series: s,
				colour: PALETTE[regions.indexOf(region) % PALETTE.length]!,
				dash: latest ? null : DASHES[(mine.length - 1 - i) % DASHES.length]!,
				latest,
				d: toLine(points) ?? '',
				points,
				label: labelOf(s),
				labelY: points.at(-1)!.y
			});
		});
	}
	// Lines of two points or more are labelled at their end; single points are told by the readout.
	const labelled = lines.filter((l) => l.points.length > 1);
	const labelYs = dodge(
		labelled.map((l) => l.labelY),
		Math.round(fontPx * 1.1)
	);
	labelled.forEach((l, i) => (l.labelY = labelYs[i]!));

	const b = status.baseline;
	const g = status.goal;
	return {
		width,
		height,
		margin,
		xTicks: yearTicks.map((v) => ({ value: v, pos: x(v) })),
		yTicks: y.ticks(compact ? 3 : 5).map((v) => ({ value: v, pos: y(v) })),
		lines,
		baseline: b && { ...b, x: x(b.year), y: y(b.value) },
		goal: g && { ...g, x: x(g.year), y: y(g.value) },
		path: b && g ? `M${x(b.year)},${y(b.value)}L${x(g.year)},${y(g.value)}` : undefined,
		judgedId: status.judged?.id,
		band: input.parity ? { y0: y(PARITY_BAND.high), y1: y(PARITY_BAND.low) } : undefined,
		projection: input.pace
			? `M${x(input.pace.line[0].year)},${y(input.pace.line[0].value)}L${x(input.pace.line[1].year)},${y(input.pace.line[1].value)}`
			: undefined
	};
}
