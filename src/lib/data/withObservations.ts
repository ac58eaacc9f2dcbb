import { shippedObservations } from './shipped';
import type { Dataset } from './types';

type Parent = () => Promise<{ dataset: Dataset }>;

/** The layout's dataset with the embedded observations put back (the pages that chart or list them). */
export async function withObservations(parent: Parent, fetch: typeof globalThis.fetch) {
	return { dataset: await fullDataset(parent, fetch) };
}

/** The embedded dataset with its observations, fetched alongside the layout's tables. */
export async function fullDataset(parent: Parent, fetch: typeof globalThis.fetch) {
	const observations = shippedObservations(fetch);
	const { dataset } = await parent();
	return { ...dataset, observations: await observations };
}
