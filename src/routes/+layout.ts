import { unpackDataset } from '$lib/data/pack';
import type { LayoutLoad } from './$types';

// Every page is prerendered into static files; folders with index.html work on any static host.
export const prerender = true;
export const trailingSlash = 'always';

// The pages carry a packed dataset; nodes and links are rebuilt here, in the browser too.
export const load: LayoutLoad = ({ data }) => {
	const { packed, ...rest } = data;
	return { ...rest, dataset: unpackDataset(packed) };
};
