/**
 * Pan and zoom along the time axis: d3-zoom bound to one element (wheel, pinch, drag), writing
 * `{ k, x }` into `$state.raw`. Buttons and keys go through the same behaviour, animated unless
 * the user prefers reduced motion.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { clampView, DOMAIN, IDENTITY, maxZoom, viewFor, zoomAbout, type View } from './scale';
import { reducedMotion as reduced } from '$lib/motion';

export class TimeZoom {
	view = $state.raw<View>(IDENTITY);
	/** Plot width in CSS pixels (the time axis only, without the lane labels). */
	width = $state(800);
	/** The plot has been measured (`resize` called): until then `width` is a guess. */
	sized = $state(false);
	#behaviour: ZoomBehavior<Element, unknown>;
	#sel: Selection<Element, unknown, null, undefined> | null = null;
	/** Where an animated zoom is heading, so repeated button presses add up. */
	#target: View | null = null;

	constructor() {
		this.#behaviour = zoom<Element, unknown>()
			.filter((e: Event) => {
				const m = e as MouseEvent;
				return e.type === 'wheel' || (!m.button && !m.ctrlKey);
			})
			.on('start', (e) => {
				if (e.sourceEvent) this.#target = null;
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
		const before = this.width;
		this.width = width;
		this.sized = true;
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
		// Only a new width moves the view (a new height, as lanes restack, must not stop a zoom); the
		// same stretch of time stays in view.
		if (width !== before) {
			const { k, x } = this.#target ?? this.view;
			this.set(clampView({ k, x: before > 0 ? (x * width) / before : x }, width), false);
		}
	}

	/** Goes to `next`: animated over `ms` unless the user prefers reduced motion. */
	set(next: View, animate = true, ms = 250) {
		this.#target = animate ? next : null;
		if (!this.#sel) {
			this.view = next;
			return;
		}
		const t = zoomIdentity.translate(next.x, 0).scale(next.k);
		if (animate && !reduced())
			this.#sel.transition().duration(ms).call(this.#behaviour.transform, t);
		else {
			this.#sel.interrupt();
			this.#sel.call(this.#behaviour.transform, t);
		}
	}

	zoomBy(factor: number, cx = this.width / 2) {
		this.set(zoomAbout(this.#target ?? this.view, factor, cx, this.width));
	}

	/** Zooms by `factor` about the time `ms` where it is on screen, else about the centre. */
	zoomAt(factor: number, ms?: number) {
		const v = this.#target ?? this.view;
		const cx =
			ms === undefined
				? NaN
				: ((ms - DOMAIN[0]) / (DOMAIN[1] - DOMAIN[0])) * this.width * v.k + v.x;
		const c = cx >= 0 && cx <= this.width ? cx : this.width / 2;
		this.set(zoomAbout(v, factor, c, this.width));
	}

	panBy(dx: number) {
		const v = this.#target ?? this.view;
		this.set(clampView({ ...v, x: v.x + dx }, this.width), false);
	}

	/** Shows `[start, end]` (UTC ms) across the plot. */
	show(start: number, end: number, animate = true, ms = 250) {
		this.set(viewFor(start, end, this.width), animate, ms);
	}

	reset() {
		this.set(IDENTITY);
	}
}
