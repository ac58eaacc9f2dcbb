import { fullDataset } from '$lib/data/withObservations';
import { handoutObservations } from '$lib/handout/observations';
import type { PageLoad } from './$types';

// The observations the slides' target charts draw, from the cached dataset asset.
export const load: PageLoad = async ({ data, parent, fetch }) => ({
	...data,
	observations: handoutObservations(await fullDataset(parent, fetch))
});
