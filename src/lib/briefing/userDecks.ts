/**
 * User decks: briefings built in the app and saved in the browser. Pure and immutable: every
 * operation returns a new deck. CSV export writes the `briefings.csv` format; import reads it back
 * through the same reader, row typing and cross-row checks as the dataset's briefings table, and
checks what each step's state names against the dataset shown.
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

export const USER_DECK_FILE = 'briefings.csv';

export interface UserStep {
	title: string;
	notes: string;
	view: ViewId;
	/** Query string without `?`, e.g. `v=1&sdg=9`. */
	state: string;
}

export interface UserDeck {
	id: string;
	title: string;
	steps: UserStep[];
}

export function addStep(deck: UserDeck, step: UserStep): UserDeck {
	return { ...deck, steps: [...deck.steps, step] };
}

/** Moves the step at `from` to `to` (both clamped); the same deck when nothing moves. */
export function moveStep(deck: UserDeck, from: number, to: number): UserDeck {
	const n = deck.steps.length;
	const target = Math.max(0, Math.min(n - 1, to));
	if (from < 0 || from >= n || from === target) return deck;
	const steps = [...deck.steps];
	const [moved] = steps.splice(from, 1);
	steps.splice(target, 0, moved!);
	return { ...deck, steps };
}

export function updateStep(deck: UserDeck, index: number, patch: Partial<UserStep>): UserDeck {
	if (index < 0 || index >= deck.steps.length) return deck;
	return { ...deck, steps: deck.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)) };
}

export interface Removed {
	deck: UserDeck;
	step: UserStep;
	index: number;
}

/** Removes a step; returns what undo needs (`restoreStep`), or undefined when out of range. */
export function removeStep(deck: UserDeck, index: number): Removed | undefined {
	const step = deck.steps[index];
	if (!step) return undefined;
	return { deck: { ...deck, steps: deck.steps.filter((_, i) => i !== index) }, step, index };
}

/** Puts a removed step back where it was. */
export function restoreStep(deck: UserDeck, step: UserStep, index: number): UserDeck {
	const steps = [...deck.steps];
	steps.splice(Math.max(0, Math.min(steps.length, index)), 0, step);
	return { ...deck, steps };
}

/**
 * A deck id (lowercase, digits and hyphens, at most 60 characters before a `-2` suffix) from a
 * title, unique among `taken`. Short enough for `present=my.<id>:<step>` in a URL.
 */
export function deckId(title: string, taken: Iterable<string> = []): string {
	const base =
		title
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[^a-z0-9]+/g, '-')
			.slice(0, 60)
			.replace(/^-+|-+$/g, '') || 'my-deck';
	const used = new Set(taken);
	let id = base;
	for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
	return id;
}

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

/**
 * Where a step dragged from `from` lands when the pointer is at `y`: the number of the other
 * steps whose middle (`middles`, in list order, same axis as `y`) is above it. The result is
 * `moveStep`'s `to`.
 */
export function dropIndex(middles: readonly number[], y: number, from: number): number {
	let to = 0;
	middles.forEach((m, i) => {
		if (i !== from && m < y) to++;
	});
	return to;
}

/** What a screen reader hears after a move (1-based): "Step 3 moved to position 1." */
export const movedMessage = (from: number, to: number) =>
	`Step ${from + 1} moved to position ${to + 1}.`;
