/**
 * Pan and zoom along the time axis: d3-zoom bound to one element (wheel, pinch, drag), writing
 * `{ k, x }` into `$state.raw`. Buttons and keys go through the same behaviour, animated unless
 * the user prefers reduced motion.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { clampView, IDENTITY, maxZoom, viewFor, zoomAbout, type View } from './scale';

const reduced = () =>
	typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export class TimeZoom {
	view = $state.raw<View>(IDENTITY);
	/** Plot width in CSS pixels (the time axis only, without the lane labels). */
	width = $state(800);
	#behaviour: ZoomBehavior<Element, unknown>;
	#sel: Selection<Element, unknown, null, undefined> | null = null;

	constructor() {
		this.#behaviour = zoom<Element, unknown>()
			.filter((e: Event) => {
				const m = e as MouseEvent;
				return e.type === 'wheel' || (!m.button && !m.ctrlKey);
			})
			.on('zoom', (e) => {
				const { k, x } = e.transform;
				this.view = { k, x };
			});
	}

	/** Binds to `el` (the plot area); returns the cleanup for an `$effect`. */
	attach(el: Element): () => void {
		this.#sel = select(el);
		this.#sel.call(this.#behaviour).on('dblclick.zoom', null);
		return () => {
			this.#sel?.on('.zoom', null);
			this.#sel = null;
		};
	}

	/** Call when the plot is resized: limits follow the width, the view stays inside. */
	resize(width: number, height: number) {
		this.width = width;
		this.#behaviour
			.scaleExtent([1, maxZoom(width)])
			.extent([
				[0, 0],
				[width, height]
			])
			.translateExtent([
				[0, -Infinity],
				[width, Infinity]
			]);
		this.set(clampView(this.view, width), false);
	}

	set(next: View, animate = true) {
		if (!this.#sel) {
			this.view = next;
			return;
		}
		const t = zoomIdentity.translate(next.x, 0).scale(next.k);
		if (animate && !reduced())
			this.#sel.transition().duration(250).call(this.#behaviour.transform, t);
		else this.#sel.call(this.#behaviour.transform, t);
	}

	zoomBy(factor: number, cx = this.width / 2) {
		this.set(zoomAbout(this.view, factor, cx, this.width));
	}

	panBy(dx: number) {
		this.set(clampView({ ...this.view, x: this.view.x + dx }, this.width), false);
	}

	/** Shows `[start, end]` (UTC ms) across the plot. */
	show(start: number, end: number, animate = true) {
		this.set(viewFor(start, end, this.width), animate);
	}

	reset() {
		this.set(IDENTITY);
	}
}
