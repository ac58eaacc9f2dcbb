/**
 * Pan and zoom: d3-zoom bound to one element, writing its transform into `$state.raw`. Buttons and
 * keys call the same methods; transitions are skipped under `prefers-reduced-motion`.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { interpolateZoom } from 'd3-interpolate';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { CAMERA_MS, centreTransform, fitTransform, MAX_K, MIN_K } from './camera';
import type { Transform } from './draw';
import type { Box } from './geometry';
import { reducedMotion as reduced } from '$lib/motion';

export class ZoomController {
	t = $state.raw<Transform>({ x: 0, y: 0, k: 1 });
	/** Counts changes the user made (wheel, drag, pinch, buttons, keys), not the page's own fits. */
	userChanges = $state(0);
	/** The camera is where the view state put it (no user or page move since the last `flyTo`). */
	followsState = false;
	/** Size of the element, in CSS pixels. */
	width = 0;
	height = 0;
	#behaviour: ZoomBehavior<Element, unknown>;
	#sel: Selection<Element, unknown, null, undefined> | null = null;

	/** `blocks(event)` says when a pointer-down belongs to something else (dragging a node). */
	constructor(blocks: (e: PointerEvent | MouseEvent) => boolean) {
		this.#behaviour = zoom<Element, unknown>()
			.scaleExtent([MIN_K, MAX_K])
			.interpolate(interpolateZoom)
			.filter((e: Event) => {
				if (e.type === 'wheel') return true;
				if ((e as MouseEvent).button > 0 || (e as MouseEvent).ctrlKey) return false;
				return !(e.type === 'mousedown' || e.type === 'pointerdown') || !blocks(e as MouseEvent);
			})
			.on('zoom', (e) => {
				const { x, y, k } = e.transform;
				this.t = { x, y, k };
				if (e.sourceEvent) {
					this.userChanges++;
					this.followsState = false;
				}
			});
	}

	/** Binds to `el`; returns the cleanup (for an `$effect`). */
	attach(el: Element): () => void {
		this.#sel = select(el);
		this.#sel.call(this.#behaviour).on('dblclick.zoom', null);
		return () => {
			this.#sel?.on('.zoom', null);
			this.#sel = null;
		};
	}

	#apply(next: Transform, animate = true, ms = 300) {
		if (!this.#sel) return;
		this.followsState = false;
		const tr = zoomIdentity.translate(next.x, next.y).scale(next.k);
		if (animate && !reduced())
			this.#sel.transition().duration(ms).call(this.#behaviour.transform, tr);
		else {
			this.#sel.interrupt();
			this.#sel.call(this.#behaviour.transform, tr);
		}
	}

	/**
	 * Glides to `next` along d3's smooth zoom path (a jump under reduced motion). Not a user change:
	 * the zoom→URL write never sees it. A wheel, drag or pinch interrupts it.
	 */
	flyTo(next: Transform, animate = true) {
		this.#apply(next, animate, CAMERA_MS);
		this.followsState = true;
	}

	get size() {
		return { width: this.width, height: this.height };
	}

	/** Zooms by a factor around the centre of the view. */
	zoomBy(factor: number) {
		const c = this.centre();
		this.centreOn(c.x, c.y, this.t.k * factor);
		this.userChanges++;
	}

	/** Pans by a number of screen pixels. */
	panBy(dx: number, dy: number) {
		this.#apply({ ...this.t, x: this.t.x + dx, y: this.t.y + dy }, false);
		this.userChanges++;
	}

	/** The graph point at the centre of the view. */
	centre(): { x: number; y: number } {
		return {
			x: (this.width / 2 - this.t.x) / this.t.k,
			y: (this.height / 2 - this.t.y) / this.t.k
		};
	}

	/** Puts graph point x,y at the centre, at scale k (default: the current one). */
	centreOn(x: number, y: number, k = this.t.k, animate = true) {
		this.#apply(centreTransform(x, y, k, this.size), animate);
	}

	/** Fits a bounding box (graph units) in the view with a margin. */
	fit(box: Box, animate = true) {
		this.#apply(fitTransform(box, this.size), animate);
	}
}
