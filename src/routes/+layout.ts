import { shippedDataset } from '$lib/data/shipped';
import { buildDataset, type TypedTables } from '$lib/data/model';
import type { LayoutLoad } from './$types';

// Every page is prerendered into static files; folders with index.html work on any static host.
export const prerender = true;
export const trailingSlash = 'always';

/** No table at all: what the 404 page (Kit's fallback page, without prerendered data) carries. */
const EMPTY = Object.fromEntries(
	[
		'sources',
		'entities',
		'events',
		'sdgs',
		'wsisActionLines',
		'frameworks',
		'goals',
		'targets',
		'indicators',
		'observations',
		'relations',
		'facts',
		'sdgTargets',
		'sdgAlignment',
		'briefings'
	].map((k) => [k, []])
) as unknown as TypedTables;

// The dataset ships once, as a hashed asset the browser fetches and caches (read directly while
// prerendering): see $lib/data/shipped. Nodes and links are rebuilt from the packed tables.
export const load: LayoutLoad = async ({ data, fetch }) => {
	if (!data) return { version: '', builtAt: '', dataset: buildDataset(EMPTY) };
	return { ...data, dataset: await shippedDataset(fetch) };
};
