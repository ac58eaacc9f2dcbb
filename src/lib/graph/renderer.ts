/**
 * Where the graph is drawn: in a render worker on an OffscreenCanvas when the browser can (the main
 * thread then never rasterises), else on the page's canvas at most once per animation frame.
 * Callers pass only what changed; the first frame of each graph is marked for the benchmark.
 */
import { drawGraph, drawGraphOf, type DrawGraph, type DrawInput } from './draw';
import type { Graph } from './model';
import type { RenderMessage } from './render.worker';
import RenderWorker from './render.worker?worker';

type View = NonNullable<RenderMessage['view']>;

const offscreen = () =>
	typeof OffscreenCanvas === 'function' &&
	typeof HTMLCanvasElement === 'function' &&
	'transferControlToOffscreen' in HTMLCanvasElement.prototype;

/** A render worker started before any canvas needs it (see `prewarmRenderer`). */
let spare: Worker | null = null;

/**
 * Starts a render worker now, so its script loads and compiles while the page hydrates; the first
 * `GraphRenderer` adopts it. Call when the graph's code loads (before the component mounts).
 */
export function prewarmRenderer() {
	if (!spare && typeof window !== 'undefined' && offscreen()) spare = new RenderWorker();
}

export class GraphRenderer {
	#worker: Worker | null = null;
	#canvas: HTMLCanvasElement;
	#state: Omit<RenderMessage, 'canvas'> & { colours?: Map<number, string> } = {};
	#frame = 0;
	#painted: DrawGraph | null = null;

	#onpaint: () => void;

	/** `onpaint` is called after each graph's first drawn frame. */
	constructor(canvas: HTMLCanvasElement, onpaint: () => void = () => {}) {
		this.#canvas = canvas;
		this.#onpaint = onpaint;
		if (offscreen()) {
			const off = canvas.transferControlToOffscreen();
			this.#worker = spare ?? new RenderWorker();
			spare = null;
			this.#worker.onmessage = (e: MessageEvent<{ painted: number }>) => {
				mark(e.data.painted);
				this.#onpaint();
			};
			this.#worker.postMessage({ canvas: off } satisfies RenderMessage, [off]);
		}
	}

	setGraph(g: Graph, radius: Float32Array, sdgColours: Map<number, string>) {
		const graph = drawGraphOf(g);
		this.#send({ graph, radius, sdgColours: [...sdgColours] }, { colours: sdgColours });
	}

	setPositions(xy: Float32Array) {
		this.#send({ xy: this.#worker ? xy.slice() : xy });
	}

	setVisibility(vis: DrawInput['vis']) {
		this.#send({ vis: { nodes: vis.nodes, links: vis.links, count: vis.count } });
	}

	setLabels(labels: NonNullable<RenderMessage['labels']>) {
		this.#send({ labels });
	}

	setRegions(regions: NonNullable<RenderMessage['regions']>) {
		this.#send({ regions });
	}

	setView(view: View) {
		this.#send({ view });
	}

	destroy() {
		this.#worker?.terminate();
		cancelAnimationFrame(this.#frame);
	}

	#send(m: RenderMessage, local: { colours?: Map<number, string> } = {}) {
		Object.assign(this.#state, m, local);
		if (this.#worker) {
			const transfer = m.xy ? [m.xy.buffer] : [];
			this.#worker.postMessage(m, transfer);
			if (m.xy) this.#state.xy = undefined;
			return;
		}
		cancelAnimationFrame(this.#frame);
		this.#frame = requestAnimationFrame(() => this.#draw());
	}

	#draw() {
		const { graph, radius, xy, vis, view, colours, labels, regions } = this.#state;
		if (!graph || !radius || !xy || !vis || !view?.palette || !view.width || !colours) return;
		if (xy.length !== graph.nodes.length * 2) return;
		const ctx = this.#canvas.getContext('2d');
		if (!ctx) return;
		const w = Math.max(1, Math.round(view.width * view.dpr));
		const h = Math.max(1, Math.round(view.height * view.dpr));
		if (this.#canvas.width !== w) this.#canvas.width = w;
		if (this.#canvas.height !== h) this.#canvas.height = h;
		const bright = view.bright ? new Set(view.bright) : null;
		drawGraph(
			ctx,
			{ g: graph, xy, vis, radius, ...view, palette: view.palette, bright, labels, regions },
			colours
		);
		if (this.#painted !== graph && vis.count) {
			this.#painted = graph;
			mark(graph.nodes.length);
			this.#onpaint();
		}
	}
}

/** A user-timing mark for the benchmark (scripts/bench-graph.ts): the first drawn frame of a graph. */
function mark(nodes: number) {
	performance.mark(`graph:first-paint:${nodes}`);
}
