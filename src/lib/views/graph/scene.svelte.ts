/**
 * The graph's layout and camera over time, for the graph page: the home layout (shipped with the
 * page, else computed in a worker; a filter hides nodes and never moves the others, so a link gives
 * the same picture however it was reached), the first placement of the view,
 * the user's zoom written into the URL, and the camera gliding to a view state that changes from
 * outside the page (a briefing step, "Back to step", the browser's history).
 * Construct during component initialisation: it registers its own effects.
 */
import { untrack } from 'svelte';
import type { ViewState } from '../state';
import { cameraFor, cameraKey } from '$lib/graph/camera';
import { bounds } from '$lib/graph/geometry';
import { linkPairs } from '$lib/graph/layout';
import { LayoutRunner } from '$lib/graph/layoutRunner.svelte';
import type { Graph } from '$lib/graph/model';
import { structureOf } from '$lib/graph/structure';
import { filterKey, type Visibility } from '$lib/graph/visibility';
import { ZoomController } from '$lib/graph/zoomController.svelte';
import { cameraStep, INITIAL_CAMERA, type CameraAction, type CameraEvent } from './cameraRules';
import { reducedMotion as reduced } from '$lib/motion';

export interface SceneInput {
	g: Graph;
	vis: Visibility;
	radius: Float32Array;
	view: ViewState;
	/** The URL has been read (after mount). */
	ready: boolean;
	/** The shown nodes in focus (the selection and its neighbours to `depth`, or the nodes on the
	 * connections shown), else null. */
	focus: Set<number> | null;
	/** The build-time layout when it fits this graph, else null. */
	prebuilt: Float32Array | null;
}

export class GraphScene {
	readonly runner: LayoutRunner;
	readonly zoom: ZoomController;
	#in: SceneInput;
	#write: (patch: Partial<ViewState>) => unknown;
	/** The whole layout, once known: clearing the filters glides back to it. */
	#home: Float32Array | null = null;
	/** The camera's rules (`cameraRules.ts`): placed yet, the key shown, the page's own, a refit. */
	#rules = INITIAL_CAMERA;

	/**
	 * `input` reads the page's current values (getters, so each effect tracks only what it reads);
	 * `write` puts a change into the URL; `blocks` says when a pointer-down belongs to something
	 * else than panning (dragging a node).
	 */
	constructor(
		input: SceneInput,
		write: (patch: Partial<ViewState>) => unknown,
		blocks: () => boolean
	) {
		this.#in = input;
		this.#write = write;
		this.runner = new LayoutRunner(untrack(() => input.prebuilt));
		this.zoom = new ZoomController(blocks);
		$effect(() => this.#layoutGraph(input.g));
		$effect(() => this.#adoptHome());
		$effect(() => {
			void this.runner.xy;
			void input.ready;
			untrack(() => this.place());
		});
		$effect(() => this.#followState(this.#key(input.view)));
		$effect(() => this.#refitWhenSettled(this.runner.settling));
		$effect(() => this.#writeZoom(this.zoom.userChanges));
	}

	/**
	 * Writes a change into the URL. The picture is a function of the URL: a change of what is shown
	 * (filters, focus, a path, a selection in focus mode) drops the URL's zoom, so the camera frames
	 * the new view as a fresh load of the same link would; only the user's own zoom, written as they
	 * stop zooming, leaves the camera where it is.
	 */
	update(patch: Partial<ViewState>) {
		const view = this.#in.view;
		const next = { ...view, ...patch };
		if (
			!('zoom' in patch) &&
			this.#key({ ...next, zoom: null }) !== this.#key({ ...view, zoom: null })
		)
			patch = { ...patch, zoom: null };
		const keys = Object.keys(patch);
		if (keys.length === 1 && keys[0] === 'zoom')
			this.#step({ type: 'write', key: this.#key({ ...view, ...patch }) });
		this.zoom.followsState = false;
		return this.#write(patch);
	}

	/** Places the view, once, when the size, the positions and the URL are known. */
	place() {
		const { ready, g, view } = this.#in;
		this.#step({
			type: 'place',
			key: this.#key(view),
			ready,
			hasSize: !!this.zoom.width,
			hasPositions: this.runner.xy.length === g.nodes.length * 2,
			settling: this.runner.settling,
			userChanges: this.zoom.userChanges
		});
	}

	/** Feeds the camera's rules one event and moves the camera as they say. */
	#step(e: CameraEvent) {
		const { rules, action } = cameraStep(this.#rules, e);
		this.#rules = rules;
		this.#act(action);
	}

	#act(action: CameraAction) {
		if (action === 'jump') this.zoom.flyTo(this.#camera(), false);
		else if (action === 'glide') this.zoom.flyTo(this.#camera(), !reduced());
	}

	/**
	 * The graph changed size (the details sheet opened, the window turned): the camera goes where
	 * the state puts it at the new size, so the same link gives the same picture at that size.
	 */
	resized() {
		if (this.#rules.placed) this.#act('jump');
		else this.place();
	}

	/** Fits every shown node (the "0" key and the reset button) and drops the URL zoom. */
	reset() {
		const { vis } = this.#in;
		this.zoom.fit(bounds(this.runner.xy, vis.nodes, 20, 0.02));
		this.update({ zoom: null });
	}

	/** The camera for the current state, from where the nodes are heading. */
	#camera() {
		const { view, vis, focus } = this.#in;
		const xy = this.runner.destination;
		let mask: Uint8Array | null = null;
		if (focus) {
			mask = new Uint8Array(vis.nodes.length);
			for (const i of focus) mask[i] = 1;
		}
		return cameraFor(
			{
				zoom: view.zoom,
				focus: mask ? bounds(xy, mask, 40) : null,
				visible: bounds(xy, vis.nodes, 20, 0.02)
			},
			this.zoom.size
		);
	}

	#key(view: ViewState): string {
		const { zoom, sel, depth, path } = view;
		// A connection shown is framed like a focus: part of what the camera follows.
		return cameraKey({ zoom, sel, depth, filters: `${filterKey(view)}|${path ?? ''}` });
	}

	// The whole layout: shipped with the page for the embedded data, else computed in a worker.
	#layoutGraph(graph: Graph) {
		untrack(() => {
			const { prebuilt, radius } = this.#in;
			if (prebuilt) {
				this.#home = prebuilt;
				this.runner.use(prebuilt);
				return;
			}
			this.#home = null;
			this.runner.run({
				n: graph.nodes.length,
				links: linkPairs(graph.links),
				from: null,
				active: null,
				radius,
				structure: structureOf(graph).structure,
				animate: !reduced()
			});
		});
	}

	// When the first layout in the browser ends, it becomes "home" and, unless the user or the link
	// chose a zoom, the camera goes to the state.
	#adoptHome() {
		const { g } = this.#in;
		const { settling, xy } = this.runner;
		if (settling || this.#home || xy.length !== g.nodes.length * 2) return;
		this.#home = xy;
		untrack(() => {
			if (!this.zoom.userChanges && !this.#in.view.zoom)
				this.zoom.flyTo(this.#camera(), !reduced());
		});
	}

	// A state from outside (not the page's own write) moves the camera: glides, or jumps under
	// reduced motion. A layout still settling gets a second fit when it ends.
	#followState(key: string) {
		untrack(() =>
			this.#step({
				type: 'state',
				key,
				settling: this.runner.settling,
				userChanges: this.zoom.userChanges
			})
		);
	}

	#refitWhenSettled(settling: boolean) {
		if (settling) return;
		untrack(() =>
			this.#step({
				type: 'settled',
				userChanges: this.zoom.userChanges,
				urlZoom: !!this.#in.view.zoom
			})
		);
	}

	// The user's zoom goes into the URL shortly after they stop zooming.
	#zoomTimer: ReturnType<typeof setTimeout> | undefined;
	#writeZoom(changes: number) {
		if (!changes) return;
		clearTimeout(this.#zoomTimer);
		this.#zoomTimer = setTimeout(() => {
			const c = this.zoom.centre();
			this.update({ zoom: { k: this.zoom.t.k, x: c.x, y: c.y } });
		}, 400);
		return () => clearTimeout(this.#zoomTimer);
	}
}
