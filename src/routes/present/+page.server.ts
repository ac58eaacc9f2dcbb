import { embeddedLayout } from '$lib/graph/snapshot.server';
import type { PageServerLoad } from './$types';

// The graph's build-time layout for the deck's graph steps (small: positions only). The target
// charts' observations come from the cached dataset asset (+page.ts). DeckStep reads both through
// `page.data`.
export const load: PageServerLoad = () => ({ layout: embeddedLayout() });
