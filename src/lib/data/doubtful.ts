/**
 * Names flagged `doubtful` (mostly inventions of seed 004) stay out of the default views: the
 * graph, the timeline, search and the counts show the dataset without them unless the user asks
 * for them (`doubtful=1`). The Data page keeps every row. Pure.
 */
import type { Dataset } from './types';

/** How many nodes are flagged doubtful. */
export function doubtfulCount(d: Pick<Dataset, 'nodes'>): number {
	let n = 0;
	for (const node of d.nodes) if (node.status === 'doubtful') n++;
	return n;
}

/**
 * The dataset as the default views see it: without doubtful nodes, and without links that are
 * doubtful themselves or touch a doubtful node. The tables (the Data page's rows) stay whole.
 * With `show` true, the dataset itself.
 */
export function viewDataset(d: Dataset, show: boolean): Dataset {
	if (show) return d;
	const hidden = new Set(d.nodes.filter((n) => n.status === 'doubtful').map((n) => n.id));
	if (!hidden.size && !d.links.some((l) => l.status === 'doubtful')) return d;
	return {
		...d,
		nodes: d.nodes.filter((n) => !hidden.has(n.id)),
		links: d.links.filter(
			(l) => l.status !== 'doubtful' && !hidden.has(l.from) && !hidden.has(l.to)
		)
	};
}
