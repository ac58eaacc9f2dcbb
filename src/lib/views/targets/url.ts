/**
 * The targets view's URL contract: framework, overview order, the selected target, and (issue 16)
 * the status method, proxy mode, per-card axes and the table layout.
 */
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
	/** The status method (`method=cagr`: Open SDG's growth-rate ratio; null = straight path). */
	method: 'cagr' | null;
	/** Proxy mode (`proxy=1`): labelled proxy statuses beside the real ones, never counted. */
	proxy: boolean;
	/** Each card fits its own time axis (`fit=1`) instead of one axis per framework. */
	fit: boolean;
	/** The overview as a table (`layout=table`) instead of cards. */
	layout: 'table' | null;
}

/** An on/off parameter written as `1` when on. */
function flag(name: 'proxy' | 'fit', order: number): ParamSpec<TargetsParams> {
	return {
		name,
		order,
		read(raw, s, ignore) {
			if (raw === '1' || raw === '0') s[name] = raw === '1';
			else ignore(raw, 'expected 1 (on) or 0 (off)');
		},
		write: (s) => (s[name] ? '1' : null)
	};
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
	},
	{
		name: 'method',
		order: 400,
		read(raw, s, ignore) {
			if (raw === 'cagr') s.method = 'cagr';
			else if (raw !== 'path') ignore(raw, 'the method is path or cagr');
		},
		write: (s) => s.method
	},
	flag('proxy', 401),
	flag('fit', 402),
	{
		name: 'layout',
		order: 403,
		read(raw, s, ignore) {
			if (raw === 'table') s.layout = 'table';
			else if (raw !== 'cards') ignore(raw, 'the layout is cards or table');
		},
		write: (s) => s.layout
	}
];

export const targetsUrl: ViewUrl<TargetsParams, 'targets'> = {
	id: 'targets',
	path: '/targets/',
	title: 'Targets',
	label: 'Targets',
	params: {
		defaults: {
			sel: null,
			fw: null,
			sort: null,
			method: null,
			proxy: false,
			fit: false,
			layout: null
		},
		specs
	},
	checkStep: (s, ids) =>
		s.sel && !ids.target(s.sel)
			? [
					`sel=${s.sel}: ${quote(s.sel)} is not an id in targets.csv (the targets view selects a target)`
				]
			: []
};
