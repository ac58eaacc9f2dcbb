/** What the graph shows, as CSV tables: the visible nodes and the visible relations. Pure. */
import type { Dataset } from '$lib/data/types';
import { sdgAlignment } from '$lib/filters/facets';
import { buildGraph } from '$lib/graph/model';
import { visibility } from '$lib/graph/visibility';
import type { ExportTable } from '../definition';
import type { ViewState } from '../state';

export function graphExports(d: Pick<Dataset, 'nodes' | 'links'>, s: ViewState): ExportTable[] {
	const g = buildGraph(d.nodes, d.links);
	const vis = visibility(g, s, sdgAlignment(d.nodes, d.links), s.hide, s.hideLinks);
	const nodes = g.nodes
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
		}));
	const relations = g.links
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
		});
	return [
		{
			name: 'graph-nodes',
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
			rows: nodes
		},
		{
			name: 'graph-relations',
			columns: ['from', 'type', 'to', 'implicit', 'status', 'source'],
			rows: relations
		}
	];
}
