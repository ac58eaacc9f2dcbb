/**
 * The Svelte side of the URL view state: reads `page.url` only once mounted (prerendered pages have
 * no query string at build time) and writes with `goto`. A new selection pushes a history entry, so
 * back and forward move through selections; every other change replaces the current entry.
 */
import { onMount } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { DEFAULT_VIEW_STATE, parseViewState, writeViewState, type ViewState } from './viewState';

const EMPTY = { state: DEFAULT_VIEW_STATE, notices: [] as string[] };

export class UrlViewState {
	#mounted = $state(false);
	#parsed = $derived(this.#mounted ? parseViewState(page.url.searchParams) : EMPTY);

	/** Call during component initialisation. */
	constructor() {
		onMount(() => {
			this.#mounted = true;
		});
	}

	/** False until mounted: the state is then the default. */
	get ready(): boolean {
		return this.#mounted;
	}
	get state(): ViewState {
		return this.#parsed.state;
	}
	/** What was ignored in the URL, in words (shown to the user). */
	get notices(): string[] {
		return this.#parsed.notices;
	}

	/** Writes a change into the URL; `push` adds a history entry (default: only when `sel` changes). */
	update(patch: Partial<ViewState>, opts: { push?: boolean } = {}) {
		if (!this.#mounted) return;
		const next = { ...this.state, ...patch };
		const push = opts.push ?? ('sel' in patch && patch.sel !== this.state.sel);
		const qs = writeViewState(next);
		if (qs === page.url.search.replace(/^\?/, '')) return;
		// A query-only URL on the current page: there is no route to resolve.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		return goto(qs ? `?${qs}` : page.url.pathname, {
			replaceState: !push,
			keepFocus: true,
			noScroll: true
		});
	}

	/** The link (relative, query only) for a state, e.g. for "open in the graph" links. */
	href(patch: Partial<ViewState>): string {
		const qs = writeViewState({ ...this.state, ...patch });
		return qs ? `?${qs}` : '?';
	}
}
