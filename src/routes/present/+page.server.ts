import { embeddedDataset } from '$lib/data/embedded.server';
import { embeddedLayout } from '$lib/graph/snapshot.server';
import { handoutObservations } from '$lib/handout/observations';
import type { PageServerLoad } from './$types';

// The handout's figures: the graph's build-time layout and the observations target charts draw.
// DeckStep reads them through `page.data`.
export const load: PageServerLoad = () => ({
	layout: embeddedLayout(),
	observations: handoutObservations(embeddedDataset().dataset)
});
