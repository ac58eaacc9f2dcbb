/**
 * Owns the node positions on the main thread. Layouts run in a Web Worker; whatever arrives is
 * published at most once per animation frame (one assignment into `$state.raw`).
 */
import type { LayoutMessage, LayoutRequest } from './layout.worker';
import LayoutWorker from './layout.worker?worker';

export class LayoutRunner {
	/** x,y interleaved per node; replaced (never mutated in place) when positions change. */
	xy = $state.raw<Float32Array>(new Float32Array(0));
	settling = $state(false);
	progress = $state(0);

	#worker: Worker | null = null;
	#pending: Float32Array | null = null;
	#frame = 0;
	#tween = 0;
	#to: Float32Array | null = null;

	/** Shows positions computed elsewhere (the build-time layout) without running anything. */
	constructor(initial?: Float32Array | null) {
		if (!initial) return;
		this.xy = initial;
		if (typeof window !== 'undefined') performance.mark(`graph:settled:${initial.length / 2}`);
	}

	use(xy: Float32Array) {
		this.stop();
		this.xy = xy;
		performance.mark(`graph:settled:${xy.length / 2}`);
	}

	/**
	 * Lays out in a worker: from scratch when `from` is null, else re-settles the `active` nodes
	 * from `from`. A run replaces any run still going.
	 */
	run(req: Omit<LayoutRequest, 'xy'> & { from: Float32Array | null }) {
		this.stop();
		const worker = new LayoutWorker();
		this.#worker = worker;
		this.settling = true;
		this.progress = 0;
		worker.onmessage = (e: MessageEvent<LayoutMessage>) => {
			if (worker !== this.#worker) return;
			this.#publish(e.data.xy);
			this.progress = e.data.progress;
			if (e.data.type === 'end') {
				performance.mark(`graph:settled:${e.data.xy.length / 2}`);
				this.settling = false;
				worker.terminate();
				this.#worker = null;
			}
		};
		worker.onerror = () => {
			this.settling = false;
		};
		const { from, ...rest } = req;
		const request: LayoutRequest = { ...rest, xy: from ? from.slice() : null };
		worker.postMessage(request, request.xy ? [request.xy.buffer] : []);
	}

	/** Where the nodes are heading: a glide's end, else where they are. */
	get destination(): Float32Array {
		return this.#to ?? this.xy;
	}

	/** Moves one node (dragging); the change shows on the next frame. */
	move(i: number, x: number, y: number) {
		this.#to = null;
		const next = (this.#pending ?? this.xy).slice();
		next[i * 2] = x;
		next[i * 2 + 1] = y;
		this.#publish(next);
	}

	/** Glides every node to `target` positions (or jumps there when `ms` is 0). */
	tweenTo(target: Float32Array, ms: number) {
		this.stop();
		this.#to = target;
		const from = this.xy;
		if (!ms || from.length !== target.length) {
			this.#publish(target.slice());
			return;
		}
		const start = performance.now();
		const step = (now: number) => {
			const u = Math.min(1, (now - start) / ms);
			const e = u * u * (3 - 2 * u);
			const next = new Float32Array(target.length);
			for (let k = 0; k < next.length; k++) next[k] = from[k]! + (target[k]! - from[k]!) * e;
			this.xy = next;
			if (u < 1 && this.#tween === start) requestAnimationFrame(step);
		};
		this.#tween = start;
		requestAnimationFrame(step);
	}

	stop() {
		this.#tween = 0;
		this.#to = null;
		this.#worker?.terminate();
		this.#worker = null;
		this.settling = false;
	}

	#publish(xy: Float32Array) {
		this.#pending = xy;
		if (this.#frame) return;
		this.#frame = requestAnimationFrame(() => {
			this.#frame = 0;
			if (this.#pending) this.xy = this.#pending;
			this.#pending = null;
		});
	}
}
