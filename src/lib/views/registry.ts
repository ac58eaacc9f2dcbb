/**
 * Every view's full definition (`<view>/index.ts`, exporting `<id>View`), found by the ids of the
 * registry (`urls.ts`): nothing to add here for a new view. This module loads every view's code,
 * so only what may show any view imports it (the briefings, the handouts); a view's own page
 * imports its own definition (`$lib/views/<id>`), so it loads no other view's code.
 */
import type { ViewDefinition } from './definition';
import { VIEW_URLS, type ViewId } from './urls';

const modules = import.meta.glob<Record<string, unknown>>('./*/index.ts', { eager: true });

function definitionOf(id: ViewId): ViewDefinition {
	const def = modules[`./${id}/index.ts`]?.[`${id}View`] as ViewDefinition | undefined;
	if (def?.id !== id) throw new Error(`views/${id}/index.ts must export ${id}View (id "${id}")`);
	return def;
}

export const VIEWS = Object.fromEntries(VIEW_URLS.map((v) => [v.id, definitionOf(v.id)])) as Record<
	ViewId,
	ViewDefinition
>;

/** The views in navigation order. */
export const VIEW_LIST: readonly ViewDefinition[] = Object.values(VIEWS);

/** The view named `id`, if there is one. */
export function viewOf(id: string): ViewDefinition | undefined {
	return VIEW_LIST.find((v) => v.id === id);
}
