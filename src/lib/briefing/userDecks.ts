/**
 * User decks as CSV: export writes the `briefings.csv` format; import reads it back through the
 * same reader, row typing and cross-row checks as the dataset's briefings table, and checks what
 * each step's state names against the dataset shown. The deck operations themselves live in
 * deckOps.ts (re-exported here), so the pages that never read or write CSV load no CSV code.
 */
import { toCsv } from '$lib/export/csv';
import { briefingOrder, type BriefingIds } from '$lib/data/briefings';
import { readCsv, type CsvRecord, type CsvTable } from '$lib/data/csv';
import { formatIssue, sortIssues } from '$lib/data/issues';
import { typeRows } from '$lib/data/rows';
import { COLUMN_SPECS, TABLE_SCHEMAS } from '$lib/data/schema';
import type { Row, TableSchema } from '$lib/data/provenance';
import type { BriefingStep, Dataset } from '$lib/data/types';
import { stepIssues } from '$lib/views/steps';
import type { ViewId } from '$lib/views/urls';
import { USER_DECK_FILE, type UserDeck } from './deckOps';

export * from './deckOps';

/** The deck as `briefings.csv` (steps numbered 1 … n; status unverified, source "user"). */
export function deckToCsv(deck: UserDeck): string {
	return decksToCsv([deck]);
}

/** Several decks in one `briefings.csv` (what the page offers when it cannot store them). */
export function decksToCsv(decks: readonly UserDeck[]): string {
	return toCsv(
		decks.flatMap((deck) =>
			deck.steps.map((s, i) => ({
				deck: deck.id,
				deck_title: deck.title,
				step: i + 1,
				title: s.title,
				notes: s.notes,
				view: s.view,
				state: s.state,
				status: 'unverified',
				status_note: '',
				source: 'user'
			}))
		),
		COLUMN_SPECS[USER_DECK_FILE].columns,
		{ newline: '\n' }
	);
}

/** Cells the app lets a user leave empty, though the dataset's own decks must fill them. */
const MAY_BE_EMPTY = ['deck_title', 'title', 'notes'];

/** The table with those empty cells read as empty text rather than missing. */
function blanksAllowed(table: CsvTable): CsvTable {
	const records = table.records.map((r) =>
		MAY_BE_EMPTY.some((c) => r.values[c] === undefined)
			? {
					...r,
					values: { ...Object.fromEntries(MAY_BE_EMPTY.map((c) => [c, ''])), ...defined(r.values) }
				}
			: r
	);
	return { ...table, records };
}

const defined = (values: CsvRecord['values']) =>
	Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));

export type ImportResult = { ok: true; decks: UserDeck[] } | { ok: false; errors: string[] };

/** The ids of `dataset` that a step's state may name. */
export function idsOf(dataset: Pick<Dataset, 'nodes' | 'targets' | 'frameworks'>): BriefingIds {
	const nodes = new Set(dataset.nodes.map((n) => n.id));
	const targets = new Set(dataset.targets.map((t) => t.id));
	const frameworks = new Set(dataset.frameworks.map((f) => f.id));
	return {
		node: (id) => nodes.has(id),
		target: (id) => targets.has(id),
		framework: (id) => frameworks.has(id)
	};
}

/**
 * Reads decks from `briefings.csv` text with the dataset's own checks (and, given `ids`, the
 * ids each step's state names); errors are formatted `file:row:column — message`. Steps are
 * ordered by their step number. Sources are not checked: the app's own export cites `user`.
 */
export function decksFromCsv(text: string, file = USER_DECK_FILE, ids?: BriefingIds): ImportResult {
	const table = blanksAllowed(readCsv(file, text, COLUMN_SPECS[USER_DECK_FILE]));
	const typed = typeRows(table, TABLE_SCHEMAS[USER_DECK_FILE] as TableSchema<Row<BriefingStep>>);
	const tables = { [USER_DECK_FILE]: table };
	const crossRow = [...briefingOrder(tables), ...stepIssues(tables, ids ?? null)];
	const all = [...table.issues, ...typed.issues, ...crossRow.map((i) => ({ ...i, file }))];
	const errors = sortIssues(
		all.filter((i) => i.severity === 'error'),
		() => COLUMN_SPECS[USER_DECK_FILE].columns
	);
	if (errors.length) return { ok: false, errors: errors.map(formatIssue) };
	const decks = new Map<string, UserDeck>();
	for (const row of [...typed.rows].sort((a, b) => a.step - b.step)) {
		let deck = decks.get(row.deck);
		if (!deck) decks.set(row.deck, (deck = { id: row.deck, title: row.deckTitle, steps: [] }));
		// The view was checked above (`stepIssues`).
		const view = row.view as ViewId;
		deck.steps.push({ title: row.title, notes: row.notes, view, state: row.state });
	}
	return { ok: true, decks: [...decks.values()] };
}
