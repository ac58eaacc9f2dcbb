import { embeddedObservations } from '$lib/data/withObservations.server';
import { embeddedLayout } from '$lib/graph/snapshot.server';
import type { PageServerLoad } from './$types';

// The handout's figures: the graph's build-time layout and the observations target charts draw.
// DeckStep reads them through `page.data`.
export const load: PageServerLoad = () => ({ layout: embeddedLayout(), ...embeddedObservations() });
