/** The handout of the current view: its title and the view state it prints. Pure. */
import type { BriefingView } from '$lib/data/types';
import { parseViewState, writeViewState } from '$lib/state/viewState';

export const VIEW_TITLES: Record<BriefingView, string> = {
	graph: 'Organisation graph',
	timeline: 'Timeline',
	targets: 'Targets',
	home: 'Home',
	data: 'Data'
};

/** A view's query for its handout: the view state only, without presenting or projector mode. */
export function handoutQuery(params: URLSearchParams): string {
	const { state } = parseViewState(params);
	return writeViewState({ ...state, present: null, proj: false });
}
