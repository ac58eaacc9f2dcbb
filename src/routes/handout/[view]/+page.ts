import { fullDataset } from '$lib/data/withObservations';
import { handoutObservations } from '$lib/handout/observations';
import type { PageLoad } from './$types';

// The targets handout's chart observations, from the cached dataset asset.
export const load: PageLoad = async ({ data, parent, fetch }) => ({
	...data,
	observations:
		data.view === 'targets' ? handoutObservations(await fullDataset(parent, fetch)) : undefined
});
