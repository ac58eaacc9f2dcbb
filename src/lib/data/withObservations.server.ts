import { embeddedDataset } from './embedded.server';

/** The embedded observations, for the pages that chart or list them (targets, data). */
export function embeddedObservations() {
	return { observations: embeddedDataset().dataset.observations };
}
