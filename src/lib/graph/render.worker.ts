/// <reference lib="webworker" />
/**
 * Draws the graph on an OffscreenCanvas off the main thread, so rasterising thousands of nodes and
 * links never delays input or animation frames. The page sends what changed (`RenderMessage`); the
 * worker draws at most once per animation frame and reports the first frame of each graph.
 */
import { drawGraph, type DrawGraph, type DrawInput } from './draw';
import type { Palette } from './themeColours.svelte';

export interface RenderMessage {
	canvas?: OffscreenCanvas;
	graph?: DrawGraph;
	radius?: Float32Array;
	sdgColours?: [number, string][];
	xy?: Float32Array;
	vis?: DrawInput['vis'];
	view?: {
		t: DrawInput['t'];
		width: number;
		height: number;
		dpr: number;
		palette: Palette | null;
		bright: number[] | null;
		selected: number;
		hovered: number;
		focused: number;
		sparse: boolean;
	};
	labels?: DrawInput['labels'];
	regions?: DrawInput['regions'];
}

let canvas: OffscreenCanvas | null = null;
let ctx: OffscreenCanvasRenderingContext2D | null = null;
const state: Partial<RenderMessage> = {};
let bright: Set<number> | null = null;
let colours = new Map<number, string>();
let scheduled = false;
let paintedGraph: DrawGraph | null = null;

const frame: (cb: () => void) => void =
	typeof self.requestAnimationFrame === 'function'
		? (cb) => self.requestAnimationFrame(cb)
		: (cb) => setTimeout(cb, 16);

function draw() {
	scheduled = false;
	const { graph, radius, xy, vis, view } = state;
	if (!canvas || !ctx || !graph || !radius || !xy || !vis || !view?.palette || !view.width) return;
	if (xy.length !== graph.nodes.length * 2) return;
	const w = Math.max(1, Math.round(view.width * view.dpr));
	const h = Math.max(1, Math.round(view.height * view.dpr));
	if (canvas.width !== w) canvas.width = w;
	if (canvas.height !== h) canvas.height = h;
	drawGraph(
		ctx as unknown as CanvasRenderingContext2D,
		{
			g: graph,
			xy,
			vis,
			radius,
			...view,
			palette: view.palette,
			bright,
			labels: state.labels,
			regions: state.regions
		},
		colours
	);
	if (paintedGraph !== graph && vis.count) {
		paintedGraph = graph;
		(self as unknown as Worker).postMessage({ painted: graph.nodes.length });
	}
}

self.onmessage = (e: MessageEvent<RenderMessage>) => {
	const m = e.data;
	if (m.canvas) {
		canvas = m.canvas;
		ctx = canvas.getContext('2d');
	}
	if (m.sdgColours) colours = new Map(m.sdgColours);
	if (m.view) bright = m.view.bright ? new Set(m.view.bright) : null;
	Object.assign(state, m);
	if (!scheduled) {
		scheduled = true;
		frame(draw);
	}
};
