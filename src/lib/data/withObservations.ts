import type { Dataset, Observation } from './types';

/** The layout's dataset with the page's observations put back. */
export async function withObservations<T extends { observations: Observation[] }>(
	data: T,
	parent: () => Promise<{ dataset: Dataset }>
) {
	const { dataset } = await parent();
	return { ...data, dataset: { ...dataset, observations: data.observations } };
}
