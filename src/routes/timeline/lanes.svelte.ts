/**
 * How the user arranges the timeline's lanes on screen (not in the URL): their order and which
 * are folded. `lanes` puts the model's lanes in that order.
 */
import { SvelteSet } from 'svelte/reactivity';
import { applyOrder, moveLane } from '$lib/timeline/layout';
import type { Lane } from '$lib/timeline/types';

export class LaneArrangement {
	#order = $state.raw<string[]>([]);
	/** The ids of the folded lanes. */
	readonly collapsed = new SvelteSet<string>();
	#lanes: () => Lane[];
	/** The lanes in the user's order. */
	lanes = $derived.by(() => applyOrder(this.#lanes(), this.#order));

	constructor(lanes: () => Lane[]) {
		this.#lanes = lanes;
	}

	/** Folds or unfolds a lane. */
	toggle = (id: string) => {
		if (!this.collapsed.delete(id)) this.collapsed.add(id);
	};
	/** Moves a lane one place up (-1) or down (1). */
	move = (id: string, dir: -1 | 1) => {
		this.#order = moveLane(
			this.lanes.map((l) => l.id),
			id,
			dir
		);
	};
	/** The default order, nothing folded. */
	reset = () => {
		this.#order = [];
		this.collapsed.clear();
	};
}
