/**
 * Projector mode (`proj=1` in the URL): read once mounted (prerendered pages have no query string),
 * toggled by rewriting only that parameter, and carried into the main navigation's links so it
 * survives moving between views.
 */
import { onMount } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { projectorQuery, withProjector } from './projector';

export class ProjectorMode {
	#mounted = $state(false);

	/** Call during component initialisation. */
	constructor() {
		onMount(() => {
			this.#mounted = true;
		});
	}

	get on(): boolean {
		return this.#mounted && page.url.searchParams.get('proj') === '1';
	}

	/** A link that keeps projector mode. */
	link(href: string): string {
		return withProjector(href, this.on);
	}

	toggle() {
		const qs = projectorQuery(page.url.searchParams, !this.on);
		// Same page, new query: no route to resolve.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		return goto(qs || page.url.pathname, { replaceState: true, keepFocus: true, noScroll: true });
	}
}
