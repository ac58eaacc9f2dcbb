import { shippedDataset } from '$lib/data/shipped';
import type { LayoutLoad } from './$types';

// Every page is prerendered into static files; folders with index.html work on any static host.
export const prerender = true;
export const trailingSlash = 'always';

// The dataset ships once, as a hashed asset the browser fetches and caches (read directly while
// prerendering): see $lib/data/shipped. Nodes and links are rebuilt from the packed tables.
export const load: LayoutLoad = async ({ data, fetch }) => ({
	...data,
	dataset: await shippedDataset(fetch)
});
