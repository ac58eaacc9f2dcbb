/**
 * Cross-row checks of briefings.csv: each deck numbers its steps 1 … n without gaps or repeats,
 * and keeps one title; each step's `state` names ids the dataset has. Works on the raw cells,
 * like the other consistency checks, so a deck imported in the browser gets the same checks.
 */
// Relative imports: the data validator also runs in vite.config.ts, before $lib exists.
import { parseViewState } from '../state/viewState';
import type { Tables } from './ids';
import { error, quote, warning } from './issues';
import type { DataIssue } from './types';

const FILE = 'briefings.csv';

/** Step numbering errors and deck title warnings of briefings.csv. */
export function briefingOrder(tables: Tables): DataIssue[] {
	const issues: DataIssue[] = [];
	const decks = new Map<string, { title?: string; steps: Map<number, number> }>();
	for (const { row, values, broken } of tables[FILE]?.records ?? []) {
		const step = Number(values.step);
		if (broken || values.deck === undefined || !/^\d+$/.test(values.step ?? '')) continue;
		let deck = decks.get(values.deck);
		if (!deck) decks.set(values.deck, (deck = { title: values.deck_title, steps: new Map() }));
		else if (values.deck_title !== undefined && deck.title !== values.deck_title) {
			const msg = `deck ${quote(values.deck)} is titled ${quote(deck.title)} on an earlier row`;
			issues.push(warning(FILE, msg, row, 'deck_title'));
		}
		const first = deck.steps.get(step);
		if (first !== undefined)
			issues.push(
				error(
					FILE,
					`step ${step} of deck ${quote(values.deck)} is already at row ${first}`,
					row,
					'step'
				)
			);
		else deck.steps.set(step, row);
	}
	for (const [id, deck] of decks) {
		const steps = [...deck.steps.keys()].sort((a, b) => a - b);
		const gap = steps.findIndex((s, i) => s !== i + 1);
		if (gap < 0) continue;
		const msg = `deck ${quote(id)} has no step ${gap + 1} (number the steps 1, 2, 3 … without gaps)`;
		issues.push(error(FILE, msg, deck.steps.get(steps[gap]!), 'step'));
	}
	return issues;
}

/** The ids a step's `state` may name, from whatever holds the dataset (raw tables or the model). */
export interface BriefingIds {
	/** Any node: entity, event, SDG, WSIS action line, framework, goal, target or indicator. */
	node(id: string): boolean;
	target(id: string): boolean;
	framework(id: string): boolean;
}

const ANY_NODE =
	'is not the id of any entity, event, SDG, WSIS action line, framework, goal, target or indicator';

/**
 * Errors of briefings.csv steps whose `state` names what the dataset lacks: `sel` must be a
 * target on the targets view and a node on the graph and the timeline; `fw` must be a framework.
 * A `state` the view state cannot read is left to the schema check.
 */
export function briefingReferences(tables: Tables, ids: BriefingIds): DataIssue[] {
	const issues: DataIssue[] = [];
	for (const { row, values, broken } of tables[FILE]?.records ?? []) {
		if (broken || !values.state) continue;
		const { state, notices } = parseViewState(new URLSearchParams(values.state));
		if (notices.length) continue;
		const bad = (message: string) => issues.push(error(FILE, message, row, 'state'));
		if (state.sel && values.view === 'targets' && !ids.target(state.sel))
			bad(
				`sel=${state.sel}: ${quote(state.sel)} is not an id in targets.csv (the targets view selects a target)`
			);
		else if (
			state.sel &&
			(values.view === 'graph' || values.view === 'timeline') &&
			!ids.node(state.sel)
		)
			bad(`sel=${state.sel}: ${quote(state.sel)} ${ANY_NODE}`);
		if (state.fw && !ids.framework(state.fw))
			bad(`fw=${state.fw}: ${quote(state.fw)} is not an id in frameworks.csv`);
	}
	return issues;
}
