/** The timeline's URL contract: the selected item (the year range is shared by every view). */
import { quote } from '../../data/issues';
import { ANY_NODE, type ViewUrl } from '../contract';
import { selParam } from '../url';

export interface TimelineParams {
	/** The selected node id. */
	sel: string | null;
}

export const timelineUrl: ViewUrl<TimelineParams, 'timeline'> = {
	id: 'timeline',
	path: '/timeline/',
	title: 'Timeline',
	label: 'Timeline',
	params: { defaults: { sel: null }, specs: [selParam<TimelineParams>(70)] },
	checkStep: (s, ids) =>
		s.sel && !ids.node(s.sel) ? [`sel=${s.sel}: ${quote(s.sel)} ${ANY_NODE}`] : []
};
