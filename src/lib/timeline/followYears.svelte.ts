/**
 * The timeline's time window follows the shared year range when it is set from outside the page
 * (a link, a briefing step, the browser's history): it glides to the years with a margin, or jumps
 * under reduced motion; at load it is simply there. The user's own brushing leaves the window be.
 * The brushed range, as drawn, glides with it. Construct during component initialisation.
 */
import { untrack } from 'svelte';
import { cubicInOut } from 'svelte/easing';
import { prefersReducedMotion, Tween } from 'svelte/motion';
import { reducedMotion } from '$lib/motion';
import type { YearRange } from '$lib/filters/years';
import { IDENTITY } from './scale';
import { yearsSpan, yearsWindow } from './yearsWindow';
import type { TimeZoom } from './zoom.svelte';

/** How long the window and the brushed range glide, in ms. */
export const GLIDE_MS = 700;

export class FollowYears {
	/** The brushed range as drawn, in UTC ms; null when no years are set. */
	readonly brushed = new Tween<[number, number] | null>(null, {
		duration: GLIDE_MS,
		easing: cubicInOut
	});
	#shown: string | undefined;
	#own: string | null = null;

	/** `input.ready`: the URL has been read; `input.years`: the shared year range. */
	constructor(
		input: { readonly ready: boolean; readonly years: YearRange | null },
		zoom: TimeZoom
	) {
		$effect(() => {
			const key = JSON.stringify(input.years);
			if (!input.ready || !zoom.sized) return;
			untrack(() => {
				if (key === this.#shown) return;
				const first = this.#shown === undefined;
				this.#shown = key;
				if (key === this.#own) return void (this.#own = null);
				this.#own = null;
				if (input.years) zoom.show(...yearsWindow(input.years), !first, GLIDE_MS);
				else if (!first) zoom.set(IDENTITY, true, GLIDE_MS);
			});
		});
		$effect(() => {
			const next = input.years ? yearsSpan(input.years) : null;
			const jump =
				!next ||
				untrack(() => !this.brushed.current) ||
				prefersReducedMotion.current ||
				reducedMotion();
			this.brushed.set(next, { duration: jump ? 0 : GLIDE_MS });
		});
	}

	/** Call when the page itself sets the years (the brush, the fields): the window stays. */
	own(years: YearRange | null) {
		this.#own = JSON.stringify(years);
	}
}
