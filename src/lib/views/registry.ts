/**
 * Every view of the atlas, in navigation order. Navigation, briefings, handouts, "Add to my deck"
 * and descriptions iterate over this list. Adding a view: a folder `views/<id>/` (its `url.ts`
 * and `index.ts`), its URL contract in `urls.ts` and its definition here.
 */
import { dataView } from './data';
import type { ViewDefinition } from './definition';
import { graphView } from './graph';
import { homeView } from './home';
import { targetsView } from './targets';
import { timelineView } from './timeline';
import type { ViewId } from './urls';

export const VIEWS = {
	home: homeView,
	graph: graphView,
	timeline: timelineView,
	targets: targetsView,
	data: dataView
} as const satisfies Record<ViewId, ViewDefinition>;

/** The views in navigation order. */
export const VIEW_LIST: readonly ViewDefinition[] = Object.values(VIEWS);

/** The view named `id`, if there is one. */
export function viewOf(id: string): ViewDefinition | undefined {
	return VIEW_LIST.find((v) => v.id === id);
}
