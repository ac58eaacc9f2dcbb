/**
 * The check of briefing steps (briefings.csv, and decks imported in the browser): each step's
 * `view` names a view of the registry, its `state` reads back without a notice and does not set
 * what the presenter chooses, and the ids it names exist on that view. Runs above the data layer,
 * injected into `validateDataset` (`validate.ts`). Relative imports only (see `url.ts`).
 */
import type { BriefingIds, DatasetCheck } from '../data/briefings';
import type { Tables } from '../data/ids';
import { error, quote } from '../data/issues';
import type { DataIssue } from '../data/types';
import type { ViewUrl } from './contract';
import { parseViewState } from './state';
import { VIEW_IDS, viewUrl } from './urls';

const FILE = 'briefings.csv';

/** What is wrong with a `state` cell, as the end of a sentence; undefined when it is fine. */
export function stateProblem(state: string): string | undefined {
	if (state.startsWith('?')) return 'starts with "?" (write the query string without it)';
	const { state: read, notices } = parseViewState(new URLSearchParams(state));
	if (notices.length) return `is not a view state the app reads: ${notices.join(' ')}`;
	if (read.present || read.proj) return 'sets present or proj (the presenter chooses those)';
	return undefined;
}

/** What is wrong with a `view` cell, as a sentence; undefined when it names a view. */
export function viewProblem(view: string): string | undefined {
	if (viewUrl(view)) return undefined;
	const canonical = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
	const near = VIEW_IDS.find((v) => canonical(v) === canonical(view));
	const didYouMean = near ? `; did you mean "${near}"?` : '';
	return `${quote(view)} is not a view (expected one of: ${VIEW_IDS.join(', ')}${didYouMean})`;
}

/**
 * Errors of the briefing steps in `tables`: unknown views, states the views do not read and,
 * given `ids`, ids the dataset lacks (`sel` on the step's view, `fw` on any view).
 */
export function stepIssues(tables: Tables, ids: BriefingIds | null): DataIssue[] {
	const issues: DataIssue[] = [];
	for (const { row, values, broken } of tables[FILE]?.records ?? []) {
		if (broken) continue;
		const bad = (message: string, column: string) => issues.push(error(FILE, message, row, column));
		const view = values.view === undefined ? undefined : viewUrl(values.view);
		if (values.view !== undefined && !view) bad(viewProblem(values.view)!, 'view');
		if (values.state === undefined) continue;
		const problem = stateProblem(values.state);
		if (problem) {
			bad(`${quote(values.state)} ${problem}`, 'state');
			continue;
		}
		if (!ids) continue;
		const { state } = parseViewState(new URLSearchParams(values.state));
		for (const message of (view as ViewUrl<typeof state> | undefined)?.checkStep?.(state, ids) ??
			[])
			bad(message, 'state');
		if (state.fw && !ids.framework(state.fw))
			bad(`fw=${state.fw}: ${quote(state.fw)} is not an id in frameworks.csv`, 'state');
	}
	return issues;
}

/** `stepIssues` as a check `validateDataset` runs. */
export const briefingStepCheck: DatasetCheck = stepIssues;
