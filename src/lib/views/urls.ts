/**
 * The registry of the views: one line per view, its URL contract (`<view>/url.ts`), in navigation
 * order. Everything else follows from this list: the view ids and routes (`ViewId`, `ViewPath`),
 * the URL view state (`state.ts`), the navigation, the briefing steps and their check, the handout
 * pages, and the full definitions (`registry.ts` finds `<view>/index.ts` by the id).
 * Light on purpose: the data validator loads it at build time. Relative imports only (see `url.ts`).
 */
import type { ViewUrl } from './contract';
import { dataUrl } from './data/url';
import { graphUrl } from './graph/url';
import { homeUrl } from './home/url';
import { targetsUrl } from './targets/url';
import { timelineUrl } from './timeline/url';

export const VIEW_URLS = [homeUrl, graphUrl, timelineUrl, targetsUrl, dataUrl] as const;

/** A view's id: `home`, `graph`, `timeline`, `targets` or `data`. */
export type ViewId = (typeof VIEW_URLS)[number]['id'];

/** The ids of every view (the `view` column of briefings.csv, the handout pages). */
export const VIEW_IDS: readonly ViewId[] = VIEW_URLS.map((v) => v.id);

/** The view named `id`, if there is one. */
export function viewUrl(id: string): ViewUrl | undefined {
	return (VIEW_URLS as readonly ViewUrl[]).find((v) => v.id === id);
}

export const isViewId = (id: string): id is ViewId => VIEW_IDS.includes(id as ViewId);
