/**
 * The one URL store of the app: the view state (shared filters, years, projector, presenting, and
 * each view's parameters) read from `page.url` and written with `goto`. Created once, in the root
 * layout, and handed down through a typed context (`setViewStore` / `getViewStore`); nothing
 * else reads `location` or `page.url` for view state.
 *
 * Pages are prerendered: the query is read only once the app is mounted (during server rendering
 * and hydration the state is the default). That gate lives here, once.
 * A new selection pushes a history entry, so back and forward move through selections; every
 * other change replaces the current entry.
 */
import { getContext, onMount, setContext } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import {
	DEFAULT_VIEW_STATE,
	parseViewState,
	sharedOf,
	writeViewState,
	type ViewState
} from '$lib/views/state';
import { sharedQuery } from '$lib/views/links';
import { projectorQuery, withProjector } from './projector';

/** The query before mounting: none. */
const NO_PARAMS: URLSearchParams = new URLSearchParams();

const EMPTY = { state: DEFAULT_VIEW_STATE, notices: [] as string[] };

export class ViewStore {
	#mounted = $state(false);
	#parsed = $derived(this.#mounted ? parseViewState(page.url.searchParams) : EMPTY);

	/** Call during component initialisation (the root layout does, once). */
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
	/** Projector mode (`proj=1`). */
	get projector(): boolean {
		return this.state.proj;
	}
	/** Presenting a briefing (`present=deck:step`). */
	get presenting(): boolean {
		return this.state.present !== null;
	}
	/**
	 * The raw query of the current page, once mounted (empty before): for a page's own parameters
	 * outside the view state (the Data page's search, the briefings page's deck).
	 */
	get params(): URLSearchParams {
		return this.#mounted ? page.url.searchParams : NO_PARAMS;
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

	/** Sets or (with null or "") removes a page's own raw parameters, keeping the rest. */
	setParams(patch: Record<string, string | null>) {
		if (!this.#mounted) return;
		// A throw-away copy, not state: it only builds the next query string.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const next = new URLSearchParams(page.url.searchParams);
		for (const [k, v] of Object.entries(patch)) {
			if (v === null || v === '') next.delete(k);
			else next.set(k, v);
		}
		const qs = next.toString();
		// Same page, new query: no base path to resolve.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		return goto(qs ? `?${qs}` : page.url.pathname, {
			replaceState: true,
			keepFocus: true,
			noScroll: true
		});
	}

	/** The link (relative, query only) for a state, e.g. for "open in the graph" links. */
	href(patch: Partial<ViewState>): string {
		const qs = writeViewState({ ...this.state, ...patch });
		return qs ? `?${qs}` : '?';
	}

	/**
	 * A link to another view (a resolved path) that keeps the shared state: the filters, the year
	 * range, projector mode and the briefing presented. The view's own parameters stay behind.
	 */
	navHref(path: string): string {
		const { sdg, sector, type, status, years, present } = this.state;
		// Projector mode alone keeps its short form (`?proj=1`), as links always wrote it.
		if (!sdg.length && !sector.length && !type.length && !status.length && !years && !present)
			return withProjector(path, this.projector);
		return `${path}${sharedQuery(this.state)}`;
	}

	/** A link to a page outside the views (the briefings) that keeps projector mode only. */
	projectorHref(path: string): string {
		return withProjector(path, this.projector);
	}

	/** The shared part of the state (filters, years, projector, presenting). */
	get shared() {
		return sharedOf(this.state);
	}

	/** Switches projector mode, rewriting only `proj` (pages such as /present/ keep their own parameters). */
	toggleProjector() {
		if (!this.#mounted) return;
		const qs = projectorQuery(page.url.searchParams, !this.projector);
		// Same page, new query: no route to resolve.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		return goto(qs || page.url.pathname, { replaceState: true, keepFocus: true, noScroll: true });
	}
}

const KEY = Symbol('view-store');

/** Hands the store down to every component below (the root layout calls it once). */
export function setViewStore(store: ViewStore): ViewStore {
	return setContext(KEY, store);
}

/** The store the root layout created; throws outside the layout. */
export function getViewStore(): ViewStore {
	const store = getContext<ViewStore | undefined>(KEY);
	if (!store) throw new Error('getViewStore() needs the root layout (setViewStore)');
	return store;
}

/** The store, or undefined where there is none (a component rendered on its own, in a test). */
export function findViewStore(): ViewStore | undefined {
	return getContext<ViewStore | undefined>(KEY);
}
