/** What the graph shows, as CSV tables: the visible nodes and the visible relations. Pure. */
import type { Dataset } from '$lib/data/types';
import { viewData } from '$lib/filters/viewData';
import { buildGraph } from '$lib/graph/model';
import { visibility } from '$lib/graph/visibility';
import type { ExportSpec } from '../definition';
import type { ViewState } from '../state';

function shown(full: Dataset, s: ViewState) {
	// The graph as the view draws it (without doubtful names unless shown).
	const { dataset: d, aligned } = viewData(full, s);
	const g = buildGraph(d.nodes, d.links);
	return { d, g, vis: visibility(g, s, aligned, s.hide, s.hideLinks) };
}

export const graphExports: readonly ExportSpec[] = [
	{
		name: 'itu-atlas-graph-nodes',
		label: 'Nodes shown (CSV)',
		table(d, s) {
			const { g, vis } = shown(d, s);
			return {
				columns: [
					'id',
					'name',
					'kind',
					'type',
					'sectors',
					'start_year',
					'end_year',
					'status',
					'source'
				],
				rows: g.nodes
					.filter((_, i) => vis.nodes[i])
					.map((n) => ({
						id: n.id,
						name: n.name,
						kind: n.kind,
						type: n.type,
						sectors: n.sectors.join(';'),
						start_year: n.startYear,
						end_year: n.endYear,
						status: n.status,
						source: n.source.join(';')
					}))
			};
		}
	},
	{
		name: 'itu-atlas-graph-relations',
		label: 'Relations shown (CSV)',
		table(full, s) {
			const { d, g, vis } = shown(full, s);
			return {
				columns: ['from', 'type', 'to', 'implicit', 'status', 'source'],
				rows: g.links
					.filter((_, i) => vis.links[i])
					.map((l) => {
						const r = d.links[l.relation]!;
						return {
							from: r.from,
							type: r.type,
							to: r.to,
							implicit: r.implicit ? 'yes' : 'no',
							status: r.status,
							source: r.source.join(';')
						};
					})
			};
		}
	}
];
