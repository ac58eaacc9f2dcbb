import { embeddedDataset } from '$lib/data/embedded.server';
import { packDataset } from '$lib/data/pack';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => {
	const { dataset, version } = embeddedDataset();
	return { packed: packDataset(dataset), version, builtAt: new Date().toISOString().slice(0, 10) };
};
