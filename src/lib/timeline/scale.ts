/**
 * The time scale: 1865 to the end of 2030 across the plot's width, and the pan/zoom transform
 * ({ k, x } as d3-zoom gives it) that maps it to what is on screen.
 */
import { scaleUtc, type ScaleTime } from 'd3';
import { utc } from './dates';

/** The whole timeline: from 1 January 1865 to the end of 2030. */
export const DOMAIN: readonly [number, number] = [utc(1865), utc(2031)];

/** Closest zoom: a month spans at least this many pixels. */
const MONTH_PX_AT_MAX = 320;

export interface View {
	/** Scale factor (1 = the whole domain fits). */
	k: number;
	/** Horizontal translation in pixels. */
	x: number;
}

export const IDENTITY: View = { k: 1, x: 0 };

/** The largest zoom factor for a plot `width` pixels wide. */
export function maxZoom(width: number): number {
	const months = (DOMAIN[1] - DOMAIN[0]) / (30.44 * 864e5);
	return Math.max(1, (MONTH_PX_AT_MAX * months) / Math.max(1, width));
}

/** The scale for a plot `width` wide under `view`. */
export function timeScale(width: number, view: View = IDENTITY): ScaleTime<number, number> {
	const w = Math.max(1, width);
	const x0 = -view.x / view.k;
	const x1 = (w - view.x) / view.k;
	const base = scaleUtc().domain(DOMAIN).range([0, w]);
	return scaleUtc()
		.domain([base.invert(x0), base.invert(x1)])
		.range([0, w]);
}

/** Keeps `view` inside the domain: no zooming out past it, no panning beyond its ends. */
export function clampView(view: View, width: number): View {
	const k = Math.min(maxZoom(width), Math.max(1, view.k));
	const x = Math.min(0, Math.max(width - width * k, view.x));
	return { k, x };
}

/** The view that shows `[start, end]` (UTC ms) across the width, clamped to the domain. */
export function viewFor(start: number, end: number, width: number): View {
	const span = Math.max(end - start, 864e5);
	const k = (DOMAIN[1] - DOMAIN[0]) / span;
	const x = (-(start - DOMAIN[0]) / (DOMAIN[1] - DOMAIN[0])) * width * k;
	return clampView({ k, x }, width);
}

/** Zooms by `factor` about the pixel `cx` (the centre of a button zoom, the pointer of a wheel). */
export function zoomAbout(view: View, factor: number, cx: number, width: number): View {
	const k = Math.min(maxZoom(width), Math.max(1, view.k * factor));
	const x = cx - ((cx - view.x) * k) / view.k;
	return clampView({ k, x }, width);
}
