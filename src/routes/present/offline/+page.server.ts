import { embeddedLayout } from '$lib/graph/snapshot.server';
import type { PageServerLoad } from './$types';

// The offline edition's slides (see +page.svelte): the graph's build-time layout for the graph
// steps, and the address of the hosted atlas for the live links, when the build is told it.
export const load: PageServerLoad = () => ({
	layout: embeddedLayout(),
	site: (process.env.ATLAS_SITE_URL ?? '').replace(/\/$/, '')
});
