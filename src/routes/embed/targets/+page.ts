import { load as view } from '../../targets/+page';
import type { PageLoad } from './$types';

// What the targets page loads, for the same page in a frame.
export const load: PageLoad = (event) => view(event as unknown as Parameters<typeof view>[0]);
