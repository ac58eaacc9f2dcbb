/**
 * A plain-language description of what a view shows, from its URL state and the data: one or two
 * sentences, for screen readers and for whoever presents the view. Pure: no DOM, no Svelte.
 * Each view words itself (`<view>/index.ts`); this picks the view from the registry, so it loads
 * every view's code: for what may show any view (briefings, handouts). A view's page calls its
 * own definition's `describe`.
 */
import type { Dataset } from '$lib/data/types';
import type { ViewContext } from './definition';
import { viewOf } from './registry';
import type { ViewState } from './state';
import type { ViewId } from './urls';

export { filterPhrases, joinWords, plural } from './words';

export type DescribedView = ViewId;
export type DescribeOptions = ViewContext;

/** One or two plain sentences saying what `view` shows for state `s` over dataset `d`. */
export function describeView(
	view: string,
	s: ViewState,
	d: Dataset,
	opts: DescribeOptions = {}
): string {
	return viewOf(view)?.describe(d, s, opts) ?? '';
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The active filters of a view's state as a list of short phrases for the handout, e.g.
 * ["Aligned with SDG 9 (Industry, …)", "Focused on ITU, 1 step around it"]. Empty when none.
 */
export function activeFilters(
	view: string,
	s: ViewState,
	d: Pick<Dataset, 'sdgs' | 'nodes' | 'frameworks'>
): string[] {
	return (viewOf(view)?.phrases(d, s) ?? []).map(capital);
}
