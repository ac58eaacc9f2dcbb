import { fullDataset } from '$lib/data/withObservations';
import { handoutObservations } from '$lib/handout/observations';
import type { PageLoad } from './$types';

// Observations come from the cached dataset asset: the targets handout's chart needs each target's
// own series; the data handout counts every observation, as the Data page does (no second number).
export const load: PageLoad = async ({ data, parent, fetch }) => {
	if (data.view === 'targets')
		return { ...data, observations: handoutObservations(await fullDataset(parent, fetch)) };
	if (data.view === 'data')
		return { ...data, observations: (await fullDataset(parent, fetch)).observations };
	return { ...data, observations: undefined };
};
