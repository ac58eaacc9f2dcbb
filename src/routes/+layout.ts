import { buildDataset, type TypedTables } from '$lib/data/model';
import { unpackDataset } from '$lib/data/pack';
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
		'briefings'
	].map((k) => [k, []])
) as unknown as TypedTables;

// The pages carry a packed dataset; nodes and links are rebuilt here, in the browser too.
export const load: LayoutLoad = ({ data }) => {
	if (!data) return { version: '', builtAt: '', dataset: buildDataset(EMPTY) };
	const { packed, ...rest } = data;
	return { ...rest, dataset: unpackDataset(packed) };
};
