import { embeddedDataset } from '$lib/data/embedded.server';
import { prebuildLayout } from '$lib/graph/prebuilt';
import type { PageServerLoad } from './$types';

// The embedded dataset's layout is computed once, at build time, and shipped with the page.
export const load: PageServerLoad = () => {
	const { dataset } = embeddedDataset();
	return { layout: prebuildLayout(dataset.nodes, dataset.links) };
};
