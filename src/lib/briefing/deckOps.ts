/**
 * User decks: briefings built in the app and saved in the browser. Pure and immutable: every
 * operation returns a new deck. Kept apart from their CSV import and export (userDecks.ts), which
 * need the dataset's CSV reader and schemas (papaparse and zod): the "Add to my deck" state that
 * every page loads imports only this module.
 */
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
