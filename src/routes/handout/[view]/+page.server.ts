import { error } from '@sveltejs/kit';
import { VIEW_IDS as BRIEFING_VIEWS, type ViewId as BriefingView } from '$lib/views/urls';
import { embeddedDataset } from '$lib/data/embedded.server';
import { embeddedLayout } from '$lib/graph/snapshot.server';
import { handoutObservations } from '$lib/handout/observations';
import type { EntryGenerator, PageServerLoad } from './$types';

// One prerendered handout page per view; the view's state comes from the query, read once mounted.
export const entries: EntryGenerator = () => BRIEFING_VIEWS.map((view) => ({ view }));

const isView = (v: string): v is BriefingView => (BRIEFING_VIEWS as readonly string[]).includes(v);

export const load: PageServerLoad = ({ params }) => {
	if (!isView(params.view)) error(404, `No view “${params.view}”`);
	return {
		view: params.view,
		layout: params.view === 'graph' ? embeddedLayout() : undefined,
		observations:
			params.view === 'targets' ? handoutObservations(embeddedDataset().dataset) : undefined
	};
};
