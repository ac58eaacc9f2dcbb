import { embeddedDataset } from '$lib/data/embedded.server';
import type { LayoutServerLoad } from './$types';

// Only small facts go into the pages' HTML; the dataset itself is a cached asset (+layout.ts).
export const load: LayoutServerLoad = () => {
	const { version } = embeddedDataset();
	return { version, builtAt: new Date().toISOString().slice(0, 10) };
};
