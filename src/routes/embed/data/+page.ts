import { load as view } from '../../data/+page';
import type { PageLoad } from './$types';

// What the data page loads, for the same page in a frame.
export const load: PageLoad = (event) => view(event as unknown as Parameters<typeof view>[0]);
