/** The organisation graph as a view: its model, description, filter phrases and handout figure. */
import type { Dataset } from '$lib/data/types';
import { viewData } from '$lib/filters/viewData';
import { buildGraph, type Graph } from '$lib/graph/model';
import { prebuiltFor } from '$lib/graph/prebuilt';
import { connectingPaths } from '$lib/graph/paths';
import { neighbourhood, visibility, type Visibility } from '$lib/graph/visibility';
import { graphFigure } from '$lib/handout/graphFigure';
import { PAPER_PALETTE } from '$lib/handout/paper';
import type { ViewDefinition } from '../definition';
import type { ViewState } from '../state';
import { doubtfulHidden, filterPhrases, nameOf, plural, withFilters } from '../words';
import { graphExports } from './exports';
import { type GraphParams, graphUrl } from './url';

export interface GraphModel {
	graph: Graph;
	vis: Visibility;
}

/** The graph as the live view draws it: without doubtful names unless shown (`viewData`). */
export function graphModel(d: Dataset, s: ViewState): GraphModel {
	const { dataset, aligned } = viewData(d, s);
	const graph = buildGraph(dataset.nodes, dataset.links);
	const vis = visibility(graph, s, aligned, s.hide, s.hideLinks);
	return { graph, vis };
}

/** The connection asked for by `path=`, in words ("" without one). */
function describePath(g: Graph, vis: Visibility, s: ViewState): string {
	if (!s.path) return '';
	const [a, b] = s.path.map((id) => g.index.get(id));
	if (a === undefined || b === undefined) return '';
	const n = connectingPaths(g, a, b, { shown: vis.nodes, links: vis.links }).length;
	const [na, nb] = [g.nodes[a]!.name, g.nodes[b]!.name];
	return n
		? ` ${n === 1 ? 'One shortest connection' : `${n} shortest connections`} from ${na} to ${nb} highlighted.`
		: ` No connection from ${na} to ${nb} through the nodes shown.`;
}

function describe(d: Dataset, s: ViewState): string {
	const { graph: g, vis } = graphModel(d, s);
	return describeGraph(d, s, g, vis) + describePath(g, vis, s);
}

function describeGraph(d: Dataset, s: ViewState, g: Graph, vis: Visibility): string {
	const head = `Graph of ${plural(vis.count, 'node')}${withFilters(filterPhrases(s, d))}`;
	if (!vis.count) return `${head}: nothing matches these filters.`;
	const i = s.sel ? g.index.get(s.sel) : undefined;
	if (i === undefined) return `${head}.`;
	const name = g.nodes[i]!.name;
	if (!vis.nodes[i]) return `${head}; ${name} is selected but hidden by the filters.`;
	if (!s.depth) return `${head}, with ${name} selected (${plural(g.degree[i]!, 'link')}).`;
	const near = neighbourhood(g, i, s.depth, vis.nodes).size - 1;
	return (
		`${head}, focused on ${name} (${plural(s.depth, 'degree')}): ` +
		`${plural(near, 'node')} within reach.`
	);
}

export const graphView: ViewDefinition<GraphModel, GraphParams, 'graph'> = {
	...graphUrl,
	model: (d, s) => graphModel(d, s),
	describe,
	hidden: doubtfulHidden,
	phrases(d, s) {
		// On the graph a year range hides nodes.
		const out = filterPhrases(s, d, true);
		if (s.path) out.push(`connecting ${nameOf(d, s.path[0])} to ${nameOf(d, s.path[1])}`);
		if (s.sel) {
			const name = nameOf(d, s.sel);
			out.push(
				s.depth
					? `focused on ${name}, ${s.depth} step${s.depth > 1 ? 's' : ''} around it`
					: `${name} selected`
			);
		}
		return out;
	},
	handout(d, s, { layout }) {
		const vd = viewData(d, s);
		const xy = prebuiltFor(layout, vd.dataset.nodes);
		if (!xy)
			return {
				kind: 'unavailable',
				message:
					'The graph image is not available for your own data (its layout is only computed in the live view): open the link below.'
			};
		const figure = graphFigure(vd.dataset, s, xy, PAPER_PALETTE, { aligned: vd.aligned });
		const caption = `Organisation graph: ${figure.shown} of ${figure.total} nodes drawn at the layout computed when the site was built${s.sel && s.depth ? ', the focus bright' : ''}.`;
		return { kind: 'graph', figure, caption };
	},
	exports: graphExports
};
