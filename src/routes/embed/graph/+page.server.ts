import { embeddedLayout } from '$lib/graph/snapshot.server';
import type { PageServerLoad } from './$types';

// What the graph page loads (its build-time layout, see graph/+page.server.ts), for the same page
// in a frame.
export const load: PageServerLoad = () => ({ layout: embeddedLayout() });
