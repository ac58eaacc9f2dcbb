/**
 * A plain-language description of what a view shows, from its URL state and the data: one or two
 * sentences, for screen readers and for whoever presents the view. Pure: no DOM, no Svelte.
 */
import { tableViews } from '$lib/data/tables';
import { STATUSES, type Dataset, type Sector } from '$lib/data/types';
import { matchesAll } from '$lib/filters/facets';
import { viewData } from '$lib/filters/viewData';
import { buildGraph } from '$lib/graph/model';
import { neighbourhood, visibility } from '$lib/graph/visibility';
import type { ViewState } from '$lib/state/viewState';
import { DEFAULT_FRAMEWORK, targetRows } from '$lib/targets/overview';
import { TARGET_STATUSES, type TargetStatus } from '$lib/targets/status';
import { buildTimeline } from '$lib/timeline/build';
import { headlines } from '$lib/home/headlines';

export type DescribedView = 'home' | 'graph' | 'timeline' | 'targets' | 'data';

export interface DescribeOptions {
	/** Targets: the year statuses are computed as of (the build year). */
	asOfYear?: number;
	/** Timeline: "now" for open spans (defaults to the current time). */
	now?: number;
	/** Data page: the file of the table shown (e.g. `entities.csv`). */
	table?: string;
}

const SECTOR_NAMES: Record<Sector, string> = {
	'ITU-R': 'ITU-R',
	'ITU-T': 'ITU-T',
	'ITU-D': 'ITU-D',
	GS: 'the General Secretariat',
	ITU: 'ITU as a whole'
};

const STATUS_WORDS: Record<TargetStatus, string> = {
	'not-achieved': 'not achieved',
	'off-track': 'off track',
	'insufficient-data': 'without enough data',
	'on-track': 'on track',
	achieved: 'achieved',
	qualitative: 'qualitative'
};

/** "1 node" / "3 nodes" / "2,208 rows"; `many` defaults to `one` + "s". */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
	if (words.length <= 1) return words[0] ?? '';
	return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The active filters as phrases, e.g. ["aligned with SDG 9 (Industry, …)", "in ITU-D"]. */
export function filterPhrases(s: ViewState, d: Pick<Dataset, 'sdgs'>, yearsHide = true): string[] {
	const out: string[] = [];
	if (s.sdg.length) {
		const names = s.sdg.map((n) => {
			const sdg = d.sdgs.find((x) => x.number === n);
			return sdg ? `SDG ${n} (${sdg.shortName})` : `SDG ${n}`;
		});
		out.push(`aligned with ${joinWords(names)}`);
	}
	if (s.sector.length) out.push(`in ${joinWords(s.sector.map((x) => SECTOR_NAMES[x]))}`);
	if (s.type.length) out.push(`of type ${joinWords(s.type.map((t) => t.replace(/_/g, ' ')))}`);
	if (s.status.length) out.push(`with data status ${joinWords(s.status)}`);
	if (s.years && yearsHide) out.push(`active between ${s.years.from} and ${s.years.to}`);
	return out;
}

const withFilters = (phrases: string[]) => (phrases.length ? ` ${phrases.join(', ')}` : '');

function describeGraph(s: ViewState, d: Dataset): string {
	const { dataset, aligned } = viewData(d, s);
	const g = buildGraph(dataset.nodes, dataset.links);
	const vis = visibility(g, s, aligned, s.hide, s.hideLinks);
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

function describeTimeline(s: ViewState, d: Dataset, now: number): string {
	const tl = buildTimeline(d, now);
	const nodes = new Map(d.nodes.map((n) => [n.id, n]));
	const { aligned } = viewData(d, s);
	const f = { sdg: s.sdg, sector: s.sector, type: s.type, status: s.status, doubtful: s.doubtful };
	const items = tl.items.filter((it) => {
		const n = it.ref ? nodes.get(it.ref) : undefined;
		return !n || matchesAll(n, f, aligned);
	});
	const lanes = new Set(items.map((it) => it.lane)).size;
	let text = `Timeline of ${plural(items.length, 'item')}${withFilters(filterPhrases(s, d, false))}`;
	text += items.length ? ` in ${plural(lanes, 'lane')}` : ': nothing matches these filters';
	if (s.years) text += `, highlighting ${s.years.from} to ${s.years.to}`;
	text += '.';
	const sel = s.sel ? nodes.get(s.sel) : undefined;
	if (sel) text += ` ${sel.name} is selected.`;
	return text;
}

function describeTargets(s: ViewState, d: Dataset, asOfYear: number): string {
	const fw = d.frameworks.find((f) => f.id === (s.fw ?? DEFAULT_FRAMEWORK));
	if (!fw) return 'Targets: this framework is not in the dataset.';
	const rows = targetRows(d, fw.id, asOfYear, s);
	const total = d.targets.filter((t) => t.framework === fw.id).length;
	const phrases = filterPhrases(s, d, false);
	let text = `${fw.name}: ${rows.length} of ${plural(total, 'target')} shown${withFilters(phrases)}`;
	if (s.years) text += `, observations from ${s.years.from} to ${s.years.to}`;
	if (!rows.length) return `${text}; nothing matches these filters.`;
	const counts = TARGET_STATUSES.map((st) => ({
		st,
		n: rows.filter((r) => r.status.status === st).length
	})).filter((c) => c.n);
	text += `, as of ${asOfYear}: ${joinWords(counts.map((c) => `${c.n} ${STATUS_WORDS[c.st]}`))}.`;
	const sel = s.sel ? rows.find((r) => r.target.id === s.sel) : undefined;
	if (sel) text += ` Selected: target ${sel.target.code}, ${STATUS_WORDS[sel.status.status]}.`;
	return text;
}

/** The home page's headline figures, each as the page shows it; conflicts say so. */
function describeHome(d: Dataset): string {
	const figures = headlines(d).map(
		(h) => `${h.label}: ${h.value}${h.status === 'conflict' ? ' (sources disagree)' : ''}`
	);
	return `ITU at a glance, computed from the data. ${figures.join('; ')}.`;
}

/** The tables, their rows by status, and the table shown. */
function describeData(d: Dataset, table: string | undefined): string {
	const views = tableViews(d);
	const rows = views.flatMap((v) => v.rows);
	const byStatus = STATUSES.map((st) => ({
		st,
		n: rows.filter((r) => r.status === st).length
	})).filter((c) => c.n);
	let text =
		`Data and sources: ${plural(views.length, 'table')} with ${plural(rows.length, 'row')}` +
		` from ${plural(d.sources.length, 'source')}`;
	if (byStatus.length)
		text += `; by status, ${joinWords(byStatus.map((c) => `${c.n.toLocaleString('en-GB')} ${c.st}`))}`;
	text += '.';
	const shown = views.find((v) => v.file === table);
	if (shown) text += ` Showing the ${shown.title} table (${plural(shown.rows.length, 'row')}).`;
	return text;
}

/**
 * What the graph and the timeline leave out by default, as a sentence ("" when nothing is): the
 * names flagged doubtful, unless `doubtful=1` shows them.
 */
export function describeHidden(view: DescribedView, s: ViewState, d: Dataset): string {
	if (view !== 'graph' && view !== 'timeline') return '';
	const n = d.nodes.filter((x) => x.status === 'doubtful').length;
	if (!n) return '';
	return s.doubtful
		? `Including ${plural(n, 'name')} flagged as doubtful.`
		: `${plural(n, 'name')} flagged as doubtful ${n === 1 ? 'is' : 'are'} hidden (“Show names flagged as doubtful” brings them back).`;
}

/** One or two plain sentences saying what `view` shows for state `s` over dataset `d`. */
export function describeView(
	view: DescribedView,
	s: ViewState,
	d: Dataset,
	opts: DescribeOptions = {}
): string {
	if (view === 'home') return describeHome(d);
	if (view === 'data') return describeData(d, opts.table);
	if (view === 'graph') return describeGraph(s, d);
	if (view === 'timeline') return describeTimeline(s, d, opts.now ?? Date.now());
	return describeTargets(s, d, opts.asOfYear ?? new Date().getUTCFullYear());
}
