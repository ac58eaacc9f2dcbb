/**
 * The URL contract of a view: what a link, a briefing step and the data validator need to know
 * about it (id, route, title, URL parameters, the check of a briefing step). The rest of a view
 * (model, description, exports, handout figure) is its `ViewDefinition` (`definition.ts`).
 * Relative imports only (see `url.ts`).
 */
import type { BriefingIds } from '../data/briefings';
import type { ParamSet } from './url';
import type { ViewId } from './urls';

/** A view's route: `/<id>/` (its page is `src/routes/<id>/+page.svelte`); the home page's is `/`. */
export type PathOf<Id extends string> = string extends Id
	? string
	: Id extends 'home'
		? '/'
		: `/${Id}/`;

/** The routes of the views, derived from the registry (`urls.ts`). */
export type ViewPath = PathOf<ViewId>;

export interface ViewUrl<P extends object = object, Id extends string = string> {
	/** The view's id: the `view` column of briefings.csv and the handout's `/handout/<id>/`. */
	id: Id;
	/** Its route, by convention `/<id>/` (`/` for home): a unit test checks it. */
	path: ViewPath;
	/** The page's title, e.g. "Organisation graph". */
	title: string;
	/** The short name in the navigation and in "Graph view" step titles, e.g. "Graph". */
	label: string;
	/** The view's own URL parameters (the shared ones are in `shared.ts`). */
	params: ParamSet<P>;
	/**
	 * What is wrong with the ids a briefing step's state names on this view (each message starts
	 * with the parameter, e.g. `sel=x: …`); `state` has read without a notice.
	 */
	checkStep?(state: P, ids: BriefingIds): string[];
}

/** A view without parameters of its own. */
export const NO_PARAMS: ParamSet<object> = { defaults: {}, specs: [] };

export const ANY_NODE =
	'is not the id of any entity, event, SDG, WSIS action line, framework, goal, target or indicator';
