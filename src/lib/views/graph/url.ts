/**
 * The organisation graph's URL contract: legend toggles, selection, focus depth, the two ends of a
 * path ("how is A connected to B?", `path=equals,giga`, added in URL version 1 without changing
 * what older links mean), zoom.
 */
import { quote } from '../../data/issues';
import { LINK_GROUPS, NODE_GROUPS, type LinkGroup, type NodeGroup } from '../../graph/style';
import { ANY_NODE, type ViewUrl } from '../contract';
import { num, readList, round, selParam, slugOf, writeList, type ParamSpec } from '../url';

/** A zoom in graph units: scale `k` and the graph point `x`,`y` at the centre of the view. */
export interface Zoom {
	k: number;
	x: number;
	y: number;
}

export interface GraphParams {
	/** Legend toggles: node groups and link groups switched off. */
	hide: NodeGroup[];
	hideLinks: LinkGroup[];
	/** The selected node id. */
	sel: string | null;
	/** Focus mode: 0 = off, else how many steps around the selection stay bright. */
	depth: 0 | 1 | 2 | 3;
	/** The two ends of the connection shown ("how is A connected to B?"), by id. */
	path: [string, string] | null;
	zoom: Zoom | null;
}

const nodeGroupOf = (s: string) => NODE_GROUPS.find((g) => g.id === s)?.id ?? null;
const linkGroupOf = (s: string) => LINK_GROUPS.find((g) => g.id === s)?.id ?? null;

const specs: ParamSpec<GraphParams>[] = [
	{
		name: 'hide',
		order: 50,
		read(raw, s, ignore) {
			s.hide = readList(raw, nodeGroupOf, 'a node group', ignore);
		},
		write: (s) => writeList(s.hide)
	},
	{
		name: 'hidelinks',
		order: 60,
		read(raw, s, ignore) {
			s.hideLinks = readList(raw, linkGroupOf, 'a link group', ignore);
		},
		write: (s) => writeList(s.hideLinks)
	},
	selParam<GraphParams>(70),
	{
		name: 'depth',
		order: 80,
		read(raw, s, ignore) {
			if (/^[0-3]$/.test(raw)) s.depth = Number(raw) as GraphParams['depth'];
			else ignore(raw, 'the focus depth is 1, 2 or 3');
		},
		write: (s) => (s.depth ? String(s.depth) : null)
	},
	{
		name: 'path',
		order: 85,
		read(raw, s, ignore) {
			const ends = raw.split(',');
			if (ends.length === 2 && ends.every((e) => slugOf(e)) && ends[0] !== ends[1])
				s.path = ends as [string, string];
			else ignore(raw, 'expected two different node ids, like equals,giga');
		},
		write: (s) => (s.path ? s.path.join(',') : null)
	},
	{
		name: 'zoom',
		order: 90,
		read(raw, s, ignore) {
			const [k, x, y] = raw.split(',').map(num);
			if (k != null && x != null && y != null && k >= 0.02 && k <= 50) s.zoom = { k, x, y };
			else ignore(raw, 'expected scale,x,y with a scale from 0.02 to 50');
		},
		write: (s) =>
			s.zoom ? [round(s.zoom.k, 2), round(s.zoom.x, 0), round(s.zoom.y, 0)].join(',') : null
	}
];

export const graphUrl: ViewUrl<GraphParams, 'graph'> = {
	id: 'graph',
	path: '/graph/',
	title: 'Organisation graph',
	label: 'Graph',
	params: {
		defaults: { hide: [], hideLinks: [], sel: null, depth: 0, path: null, zoom: null },
		specs
	},
	checkStep: (s, ids) => [
		...(s.sel && !ids.node(s.sel) ? [`sel=${s.sel}: ${quote(s.sel)} ${ANY_NODE}`] : []),
		...(s.path ?? [])
			.filter((id) => !ids.node(id))
			.map((id) => `path=${s.path!.join(',')}: ${quote(id)} ${ANY_NODE}`)
	]
};
