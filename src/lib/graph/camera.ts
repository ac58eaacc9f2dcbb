/**
 * Where the graph's camera goes for a view state, as pure maths: the link's zoom when it has one,
 * else the focus neighbourhood fitted, else every shown node fitted. The same state always gives
 * the same camera, so "Back to step" and the browser's Back restore a step exactly.
 */
import type { Transform } from './draw';
import type { Box } from './geometry';

/** The zoom limits of the graph (d3-zoom's scale extent). */
export const MIN_K = 0.03;
export const MAX_K = 24;
/** A fit never zooms in further than this (a few nodes would otherwise fill the screen). */
export const FIT_MAX_K = 1.5;
/** How long the camera glides to a new state, in ms. */
export const CAMERA_MS = 700;

export interface Size {
	width: number;
	height: number;
}

const clampK = (k: number) => Math.min(MAX_K, Math.max(MIN_K, k));

/** The transform that puts graph point x,y at the centre of the view at scale k. */
export function centreTransform(x: number, y: number, k: number, size: Size): Transform {
	const kk = clampK(k);
	return { k: kk, x: size.width / 2 - x * kk, y: size.height / 2 - y * kk };
}

/** The transform that fits a box (graph units) in the view with a small margin. */
export function fitTransform(box: Box, size: Size): Transform {
	const w = Math.max(1, box.x1 - box.x0);
	const h = Math.max(1, box.y1 - box.y0);
	const k = Math.min(FIT_MAX_K, 0.92 * Math.min(size.width / w, size.height / h));
	return centreTransform((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, k, size);
}

export interface CameraInput {
	/** The link's zoom: scale and the graph point at the centre. */
	zoom: { k: number; x: number; y: number } | null;
	/** The box of the focus neighbourhood (selection with depth > 0), if any is shown. */
	focus: Box | null;
	/** The box of every shown node. */
	visible: Box;
}

/** The camera for a view state. */
export function cameraFor(c: CameraInput, size: Size): Transform {
	if (c.zoom) return centreTransform(c.zoom.x, c.zoom.y, c.zoom.k, size);
	return fitTransform(c.focus ?? c.visible, size);
}

/** The parts of a view state that move the camera, as one comparable string. */
export function cameraKey(s: {
	zoom: { k: number; x: number; y: number } | null;
	sel: string | null;
	depth: number;
	filters: string;
}): string {
	const z = s.zoom ? `${s.zoom.k},${s.zoom.x},${s.zoom.y}` : '';
	return `${z}|${s.depth > 0 ? (s.sel ?? '') : ''}|${s.depth}|${s.filters}`;
}
