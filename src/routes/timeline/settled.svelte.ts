/**
 * The time range in view, settled 250 ms after the last pan or zoom (for the text alternative and
 * the year brush's view band): as times and as the first and last year shown.
 */
import { DOMAIN, timeScale } from '$lib/timeline/scale';
import type { TimeZoom } from '$lib/timeline/zoom.svelte';

const yearOf = (ms: number) => new Date(ms).getUTCFullYear();

export class SettledView {
	/** The start and end times in view. */
	range = $state.raw<[number, number]>([DOMAIN[0], DOMAIN[1]]);
	/** The first and last year in view. */
	years = $derived<[number, number]>([yearOf(this.range[0]), yearOf(this.range[1] - 1)]);

	/** Call during component initialisation (it starts an effect). */
	constructor(zoom: TimeZoom) {
		$effect(() => {
			const [a, b] = timeScale(zoom.width, zoom.view).domain();
			const t = setTimeout(() => (this.range = [a!.getTime(), b!.getTime()]), 250);
			return () => clearTimeout(t);
		});
	}
}
