/**
 * Cross-row checks of briefings.csv: each deck numbers its steps 1 … n without gaps or repeats,
 * and keeps one title. Works on the raw cells, like the other consistency checks, so a deck
 * imported in the browser gets the same checks. What a step's `view` and `state` may say is
 * the views' business: `src/lib/views/steps.ts` checks it, injected into `validateDataset`.
 */
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

/**
 * A check run above the data layer, over the raw tables, after the integrity checks: the app
 * injects the check of briefing steps (view names and view states), which only the views know.
 * `ids` is null when a node table may be incomplete (references are then not checked).
 */
export type DatasetCheck = (tables: Tables, ids: BriefingIds | null) => DataIssue[];
