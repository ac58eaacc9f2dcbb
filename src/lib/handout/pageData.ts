/**
 * What a handout page takes from its page data (`page.data`), checked rather than assumed: the
 * graph's build-time layout and the embedded observations, when the route's load returned them.
 */
import type { Dataset, Observation } from '$lib/data/types';
import type { PrebuiltLayout } from '$lib/graph/prebuilt';

export interface HandoutData {
	layout?: PrebuiltLayout;
	observations?: Observation[];
	/** The embedded dataset, to tell it apart from a user's own. */
	dataset?: Dataset;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function handoutData(data: unknown): HandoutData {
	if (!isRecord(data)) return {};
	const layout = isRecord(data.layout) && Array.isArray(data.layout.xy) ? data.layout : undefined;
	return {
		layout: layout as PrebuiltLayout | undefined,
		observations: Array.isArray(data.observations)
			? (data.observations as Observation[])
			: undefined,
		dataset: isRecord(data.dataset) ? (data.dataset as unknown as Dataset) : undefined
	};
}

/**
 * The dataset a handout draws: `shown` with the embedded observations put back when it is the
 * embedded dataset (pages carry observations apart from it); a user's own dataset has its own.
 */
export function withHandoutObservations(shown: Dataset, data: HandoutData): Dataset {
	if (shown !== data.dataset || shown.observations.length || !data.observations) return shown;
	return { ...shown, observations: data.observations };
}
