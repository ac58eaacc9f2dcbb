import { embeddedObservations } from '$lib/data/withObservations.server';

export const load = () => embeddedObservations();
