/**
 * A plain-language description of what a view shows, from its URL state and the data: one or two
 * sentences, for screen readers and for whoever presents the view. Pure: no DOM, no Svelte.
 * Each view words itself (`<view>/index.ts`); this picks the view from the registry.
 */
import type { Dataset } from '$lib/data/types';
import type { ViewContext } from './definition';
import { viewOf } from './registry';
import type { ViewState } from './state';
import type { ViewId } from './urls';

import { plural } from './words';

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

/**
 * What the graph and the timeline leave out by default, as a sentence ("" when nothing is): the
 * names flagged doubtful, unless `doubtful=1` shows them.
 */
export function describeHidden(view: string, s: ViewState, d: Dataset): string {
	if (view !== 'graph' && view !== 'timeline') return '';
	const n = d.nodes.filter((x) => x.status === 'doubtful').length;
	if (!n) return '';
	return s.doubtful
		? `Including ${plural(n, 'name')} flagged as doubtful.`
		: `${plural(n, 'name')} flagged as doubtful ${n === 1 ? 'is' : 'are'} hidden (“Show names flagged as doubtful” brings them back).`;
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
