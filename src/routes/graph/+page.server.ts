import { embeddedLayout } from '$lib/graph/snapshot.server';
import type { PageServerLoad } from './$types';

// The embedded dataset's layout is computed once, at build time, and shipped with the page (its SVG
// snapshot goes into the HTML only: see hooks.server.ts).
export const load: PageServerLoad = () => ({ layout: embeddedLayout() });
