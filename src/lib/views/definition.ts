/**
 * A view of the atlas as one typed unit (after OWID Grapher's ChartTypeMap + ChartState): its URL
 * contract (`contract.ts`: id, route, title, parameters, the check of a briefing step) and what it
 * computes from the data and the state: a pure model, a description in words, the active filters
 * as phrases, its handout figure and its exports. `registry.ts` lists every view; navigation,
 * briefings, handouts, "Add to my deck" and descriptions iterate over it.
 */
import type { Dataset } from '$lib/data/types';
import type { CsvTable } from '$lib/export/safeCsv';
import type { PrebuiltLayout } from '$lib/graph/prebuilt';
import type { ViewUrl } from './contract';
import type { HandoutFigureSpec } from './handout';
import type { ViewState } from './state';

/** What a view's model and description may need besides the data and the state. */
export interface ViewContext {
	/** Targets: the year statuses are computed as of (the build year). */
	asOfYear?: number;
	/** Timeline: "now" for open spans (defaults to the current time). */
	now?: number;
	/** Data page: the file of the table shown (e.g. `entities.csv`). */
	table?: string;
}

/** What a handout figure may need: the build date and, for the graph, its build-time layout. */
export interface HandoutContext {
	/** The build date (`YYYY-MM-DD`): statuses and open spans are as of it. */
	builtAt: string;
	layout?: PrebuiltLayout;
}

/** A table a view exports as CSV: its name, its button's words, and how to compute it. */
export interface ExportSpec {
	/** The file name's stem, e.g. `itu-atlas-graph-nodes` (stamped with version and date). */
	name: string;
	/** The button's words, e.g. "Nodes shown (CSV)". */
	label: string;
	/** What the view shows, as a table (columns, and rows of column → cell). Pure. */
	table(d: Dataset, s: ViewState, ctx: ViewContext): CsvTable;
}

/** `M`: what `model` returns; `P`: the view's own URL parameters; `Id`: its id. */
export interface ViewDefinition<
	M = unknown,
	P extends object = object,
	Id extends string = string
> extends ViewUrl<P, Id> {
	/** What the view shows, computed from the data and the state. Pure. */
	model(d: Dataset, s: ViewState, ctx: ViewContext): M;
	/** One or two plain sentences saying what the view shows. */
	describe(d: Dataset, s: ViewState, ctx: ViewContext): string;
	/** What the view leaves out by default, as a sentence ("" when nothing is), under its description. */
	hidden?(d: Dataset, s: ViewState): string;
	/** The active filters in words, for the handout (capitalised by the caller). */
	phrases(d: Pick<Dataset, 'sdgs' | 'nodes' | 'frameworks'>, s: ViewState): string[];
	/** The handout's vector figure, or null when the view has none. */
	handout(d: Dataset, s: ViewState, ctx: HandoutContext): HandoutFigureSpec | null;
	/** What the view shows, as CSV tables (its export buttons). */
	exports: readonly ExportSpec[];
}
