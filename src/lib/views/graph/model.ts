/**
 * The graph page's logic, as pure functions of the dataset, the graph and the URL state: what is
 * bright (focus, hover, a path), which paths connect the two ends of `path=`, what the page's
 * notices say, how many filters are on. The route and `GraphView` only wire these to the DOM.
 */
import type { Dataset } from '$lib/data/types';
import type { Filters } from '$lib/filters/facets';
import { asOfYear, undated } from '$lib/graph/asOfYear';
import type { Graph } from '$lib/graph/model';
import { connectingPaths, pathMembers, type GraphPath } from '$lib/graph/paths';
import { neighbourhood, type Visibility } from '$lib/graph/visibility';
import type { ViewState } from '../state';

/** Node index of `id`, or -1 (none, or not in this dataset). */
export const indexOf = (g: Graph, id: string | null): number => (id ? (g.index.get(id) ?? -1) : -1);

/** How many filters and legend toggles are on (the drawer's button says so). */
export function activeCount(
	f: Filters & Pick<ViewState, 'hide' | 'hideLinks'>,
	years: ViewState['years']
): number {
	return (
		f.sdg.length +
		f.sector.length +
		f.type.length +
		f.status.length +
		f.hide.length +
		f.hideLinks.length +
		(years ? 1 : 0)
	);
}

/** Focus mode: the shown nodes within `depth` steps of a shown selection, else null. */
export function focusOf(
	g: Graph,
	selected: number,
	depth: number,
	vis: Visibility
): Set<number> | null {
	return selected >= 0 && depth > 0 && vis.nodes[selected]
		? new Set(neighbourhood(g, selected, depth, vis.nodes).keys())
		: null;
}

export interface PathsShown {
	/** The two ends' indices (-1 where not in this dataset). */
	ends: [number, number];
	paths: GraphPath[];
	/** Every node on a path (what stays bright), or null when there is no path to show. */
	nodes: Set<number> | null;
	links: Set<number>;
}

/** The connections between the ends of `path=`, through shown nodes and relations. */
export function pathsOf(g: Graph, path: ViewState['path'], vis: Visibility): PathsShown {
	const ends: [number, number] = path ? [indexOf(g, path[0]), indexOf(g, path[1])] : [-1, -1];
	const paths =
		ends[0] >= 0 && ends[1] >= 0
			? connectingPaths(g, ends[0], ends[1], { shown: vis.nodes, links: vis.links })
			: [];
	const m = pathMembers(paths);
	return { ends, paths, nodes: paths.length ? m.nodes : null, links: m.links };
}

/**
 * What stays bright: the hovered node and its shown neighbours; else the paths shown; else the
 * focus; else everything (null).
 */
export function brightOf(
	g: Graph,
	hovered: number,
	vis: Visibility,
	paths: Set<number> | null,
	focus: Set<number> | null
): Set<number> | null {
	if (hovered >= 0 && vis.nodes[hovered])
		return new Set(neighbourhood(g, hovered, 1, vis.nodes).keys());
	return paths ?? focus;
}

/** The page's own notices: a selection or a path end the dataset does not have. */
export function pageNotices(g: Graph, view: Pick<ViewState, 'sel' | 'path'>): string[] {
	const out: string[] = [];
	if (view.sel && indexOf(g, view.sel) < 0)
		out.push(`No node “${view.sel}” in this dataset: nothing is selected.`);
	for (const id of view.path ?? [])
		if (indexOf(g, id) < 0) out.push(`No node “${id}” in this dataset: no path is shown.`);
	return out;
}

/** The year control's line: the year, how many nodes it shows and how many of them are undated. */
export function yearNote(g: Graph, vis: Visibility, years: ViewState['years']): string {
	const year = asOfYear(years);
	if (!years) return '';
	const n = undated(g.nodes, vis.nodes);
	const when = year !== null ? `In ${year}` : `${years.from}–${years.to}`;
	return (
		`${when}: ${vis.count} node${vis.count === 1 ? '' : 's'}` +
		(n ? `, of which ${n} with unknown dates (shown, as nothing says they were not there).` : '.')
	);
}

/** The node total the filters count from: SDG targets are shown under an SDG filter only. */
export function filterTotal(g: Graph, f: Filters): number {
	if (f.sdg.length) return g.nodes.length;
	return g.nodes.filter((n) => n.kind !== 'sdg_target').length;
}

/** The types present in the data, in the order they first appear. */
export const typesOf = (d: Pick<Dataset, 'nodes'>): string[] => [
	...new Set(d.nodes.map((n) => n.type))
];

/**
 * The base of an export's file name, saying what it shows, so a second export does not overwrite
 * the first: `itu-atlas-graph-itu-t-giga`, `itu-atlas-graph-sdg-9-1950`, `…-equals-to-giga`.
 */
export function exportBaseName(
	view: Pick<ViewState, 'sector' | 'sdg' | 'type' | 'status' | 'years' | 'sel' | 'path'>
): string {
	const parts = [
		...view.sector.map((s) => s.toLowerCase()),
		...view.sdg.map((n) => `sdg-${n}`),
		...view.type.map((t) => t.replace(/_/g, '-')),
		...view.status,
		...(view.years
			? [
					view.years.from === view.years.to
						? String(view.years.from)
						: `${view.years.from}-${view.years.to}`
				]
			: []),
		...(view.path ? [`${view.path[0]}-to-${view.path[1]}`] : view.sel ? [view.sel] : [])
	];
	return ['itu-atlas-graph', ...parts]
		.join('-')
		.replace(/[^a-z0-9.-]+/g, '-')
		.slice(0, 120);
}

/** The part of the graph on screen, in graph units, for a camera `t` over a `size`; null unsized. */
export function screenFrame(
	t: { x: number; y: number; k: number },
	size: { width: number; height: number }
): { x0: number; y0: number; x1: number; y1: number } | null {
	if (!size.width || !size.height) return null;
	return {
		x0: -t.x / t.k,
		y0: -t.y / t.k,
		x1: (size.width - t.x) / t.k,
		y1: (size.height - t.y) / t.k
	};
}
