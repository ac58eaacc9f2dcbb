import { withObservations } from '$lib/data/withObservations';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ data, parent }) => withObservations(data, parent);
