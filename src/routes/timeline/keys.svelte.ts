/**
 * The timeline's keyboard: a cursor over each lane's items in time order (expected recurrences
 * are not events: skipped), arrow keys to move it, + − 0 to zoom, Enter to open the panel. Each
 * move is announced through `announcement` (a live region) and panned into view.
 */
import { STATUS_INFO } from '$lib/data/status';
import { nearestIndex, step, type Cursor } from '$lib/timeline/nav';
import { clampView, timeScale } from '$lib/timeline/scale';
import type { Lane, TimelineItem } from '$lib/timeline/types';
import type { TimeZoom } from '$lib/timeline/zoom.svelte';

interface Inputs {
	lanes: Lane[];
	byLane: Map<string, TimelineItem[]>;
	zoom: TimeZoom;
	wx: (ms: number) => number;
	laneLabel: (id: string) => string;
	open: (item: TimelineItem) => void;
}

const NAV = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

export class TimelineKeys {
	cursor = $state.raw<Cursor | null>(null);
	announcement = $state('');
	#in: () => Inputs;
	lists = $derived.by(() => {
		const { lanes, byLane } = this.#in();
		return lanes.map((l) => (byLane.get(l.id) ?? []).filter((i) => i.shape !== 'expected'));
	});
	active = $derived(
		this.cursor ? (this.lists[this.cursor.lane]?.[this.cursor.index] ?? null) : null
	);

	constructor(inputs: () => Inputs) {
		this.#in = inputs;
	}

	/** Puts the cursor on the item of node `id`, silently (a selection made elsewhere). */
	syncTo(id: string) {
		if (this.active?.ref === id) return;
		for (let lane = 0; lane < this.lists.length; lane++) {
			const index = this.lists[lane]!.findIndex((i) => i.ref === id);
			if (index >= 0) return void (this.cursor = { lane, index });
		}
	}

	#describe(it: TimelineItem, n: number, of: number) {
		const place = it.place ? `, ${it.place}` : '';
		const caveats = it.caveats.length ? ` ${it.caveats.join(' ')}` : '';
		const lane = this.#in().laneLabel(it.lane);
		return `${it.label}. ${it.dateText}${place}. ${lane}, ${n} of ${of}. ${STATUS_INFO[it.status].label}.${caveats}`;
	}

	#moveTo(next: Cursor) {
		this.cursor = next;
		const list = this.lists[next.lane]!;
		const it = list[next.index];
		if (!it) return;
		const { zoom, wx } = this.#in();
		const x = wx(it.start) + zoom.view.x;
		if (x < 40 || x > zoom.width - 40)
			zoom.set(clampView({ k: zoom.view.k, x: zoom.width / 2 - wx(it.start) }, zoom.width));
		this.announcement = this.#describe(it, next.index + 1, list.length);
	}

	onkey = (e: KeyboardEvent) => {
		const { zoom, open } = this.#in();
		if (NAV.includes(e.key)) {
			e.preventDefault();
			if (!this.cursor) {
				const lane = this.lists.findIndex((l) => l.length);
				const centre = timeScale(zoom.width, zoom.view)
					.invert(zoom.width / 2)
					.getTime();
				if (lane >= 0) this.#moveTo({ lane, index: nearestIndex(this.lists[lane]!, centre) });
				return;
			}
			const next = step(this.lists, this.cursor, e.key);
			if (next) this.#moveTo(next);
			else
				this.announcement = `No more items ${e.key === 'ArrowUp' || e.key === 'ArrowDown' ? 'in that direction' : 'in this lane'}.`;
		} else if (e.key === '+' || e.key === '=') zoom.zoomAt(2, this.active?.start);
		else if (e.key === '-' || e.key === '_') zoom.zoomAt(0.5, this.active?.start);
		else if (e.key === '0') zoom.reset();
		else if ((e.key === 'Enter' || e.key === ' ') && this.active) {
			e.preventDefault();
			open(this.active);
		}
	};
}
