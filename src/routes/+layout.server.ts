import { embeddedDataset } from '$lib/data/embedded.server';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => {
	const { dataset, version } = embeddedDataset();
	return { dataset, version, builtAt: new Date().toISOString().slice(0, 10) };
};
