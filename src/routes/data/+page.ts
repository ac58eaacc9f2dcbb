import { withObservations } from '$lib/data/withObservations';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ parent, fetch }) => withObservations(parent, fetch);
