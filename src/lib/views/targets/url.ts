/** The targets view's URL contract: framework, overview order and the selected target. */
import { quote } from '../../data/issues';
import type { ViewUrl } from '../contract';
import { selParam, slugOf, type ParamSpec } from '../url';

export interface TargetsParams {
	/** The selected target id. */
	sel: string | null;
	/** The framework shown. */
	fw: string | null;
	/** The overview order (`goal`, `status` or `gap`; null = the view's default). */
	sort: string | null;
}

const specs: ParamSpec<TargetsParams>[] = [
	selParam<TargetsParams>(70),
	{
		name: 'fw',
		order: 110,
		read(raw, s, ignore) {
			if (slugOf(raw)) s.fw = raw;
			else ignore(raw, 'not a framework id');
		},
		write: (s) => s.fw
	},
	{
		name: 'sort',
		order: 120,
		read(raw, s, ignore) {
			if (/^[a-z]{1,20}$/.test(raw)) s.sort = raw;
			else ignore(raw, 'not an order name');
		},
		write: (s) => s.sort
	}
];

export const targetsUrl: ViewUrl<TargetsParams, 'targets'> = {
	id: 'targets',
	path: '/targets/',
	title: 'Targets',
	label: 'Targets',
	params: { defaults: { sel: null, fw: null, sort: null }, specs },
	checkStep: (s, ids) =>
		s.sel && !ids.target(s.sel)
			? [
					`sel=${s.sel}: ${quote(s.sel)} is not an id in targets.csv (the targets view selects a target)`
				]
			: []
};
