/**
 * Briefing decks as the presenter uses them: steps grouped and ordered, next/previous within
 * bounds, typed step numbers, and the link that opens a step's view. Pure.
 */
import type { BriefingStep } from '$lib/data/types';
import type { ViewPath } from '$lib/views/contract';
import { parseViewState, writeViewState } from '$lib/views/state';
import { VIEW_URLS, viewUrl, type ViewId } from '$lib/views/urls';
import type { UserDeck } from './userDecks';

export interface Deck {
	id: string;
	title: string;
	/** In step order. */
	steps: BriefingStep[];
}

/** The decks of briefings.csv rows, in the order each deck first appears, steps sorted. */
export function decksOf(rows: readonly BriefingStep[]): Deck[] {
	const decks = new Map<string, Deck>();
	for (const r of rows) {
		const d = decks.get(r.deck) ?? { id: r.deck, title: r.deckTitle, steps: [] };
		d.steps.push(r);
		decks.set(r.deck, d);
	}
	for (const d of decks.values()) d.steps.sort((a, b) => a.step - b.step);
	return [...decks.values()];
}

/**
 * The prefix of a user deck's id in `present=` and `deck=`: shipped deck ids are slugs without a
 * dot at that place, so `my.` never names a shipped deck.
 */
export const USER_DECK_PREFIX = 'my.';

/** Whether a `present=`/`deck=` id names one of the user's own decks. */
export const isUserDeckId = (id: string) => id.startsWith(USER_DECK_PREFIX);

/** A user deck as a deck to present: its steps numbered 1 … n, unverified, citing no source. */
export function userDeckAsDeck(deck: UserDeck): Deck {
	const id = USER_DECK_PREFIX + deck.id;
	const steps = deck.steps.map((s, i): BriefingStep => ({
		deck: id,
		deckTitle: deck.title,
		step: i + 1,
		title: s.title,
		notes: s.notes,
		view: s.view,
		state: s.state,
		status: 'unverified',
		statusNote: 'Your own step',
		source: [],
		origin: { file: 'my decks', row: i + 1 }
	}));
	return { id, title: deck.title, steps };
}

/** The deck named `id`: a shipped one (`decks`) or, with the `my.` prefix, one of `user`. */
export function findDeck(
	id: string | null | undefined,
	decks: readonly Deck[],
	user: readonly UserDeck[]
): Deck | undefined {
	if (!id) return undefined;
	if (!isUserDeckId(id)) return decks.find((d) => d.id === id);
	const own = user.find((d) => USER_DECK_PREFIX + d.id === id);
	return own && userDeckAsDeck(own);
}

/** A step number kept within 1 … `count` (a deck of no step gives 1). */
export function clampStep(n: number, count: number): number {
	return Math.min(Math.max(1, Math.round(n)), Math.max(1, count));
}

export const nextStep = (n: number, count: number) => clampStep(n + 1, count);
export const prevStep = (n: number, count: number) => clampStep(n - 1, count);

/** The step typed as digits (before Enter), or null when it is not a step of the deck. */
export function parseJump(typed: string, count: number): number | null {
	if (!/^\d{1,3}$/.test(typed)) return null;
	const n = Number(typed);
	return n >= 1 && n <= count ? n : null;
}

/** `deck:step`, the value of the `present` URL parameter. */
export const presentValue = (deck: string, step: number) => `${deck}:${step}`;

/** Reads `deck:step`; null when malformed. */
export function parsePresent(value: string | null): { deck: string; step: number } | null {
	const m = value ? /^(.+):(\d{1,2})$/.exec(value) : null;
	return m ? { deck: m[1]!, step: Number(m[2]) } : null;
}

/** The route of each view a step can show (from the views' registry). */
export const VIEW_PATHS = Object.fromEntries(VIEW_URLS.map((v) => [v.id, v.path])) as Record<
	ViewId,
	ViewPath
>;

/** The route of the view a step names (the home page for a view the app does not have). */
export const viewPath = (view: string): ViewPath => viewUrl(view)?.path ?? '/';

/** The query (with `?`) that opens a step: its state, projector mode if on, and `present`. */
export function stepQuery(step: BriefingStep, proj: boolean): string {
	const { state } = parseViewState(new URLSearchParams(step.state));
	const present = presentValue(step.deck, step.step);
	return `?${writeViewState({ ...state, proj, present })}`;
}

/** Whether the URL `params` still show exactly `step`'s state (projector mode aside). */
export function atStep(params: URLSearchParams, step: BriefingStep): boolean {
	const norm = (p: URLSearchParams) =>
		writeViewState({ ...parseViewState(p).state, proj: false, present: null });
	return norm(params) === norm(new URLSearchParams(step.state));
}

/** What a key does while presenting. */
export type PresentAction =
	| { kind: 'go'; step: number }
	| { kind: 'type'; typed: string }
	| { kind: 'black' }
	| { kind: 'leave' };

/**
 * The action of `key` at step `n` of `count`, with the digits typed so far: → Space PageDown next,
 * ← PageUp previous (clicker remotes send PageUp/PageDown), Home/End, digits then Enter to jump,
 * B blacks the screen, Escape leaves. Null: the key is not the presenter's.
 */
export function presentKey(
	key: string,
	n: number,
	count: number,
	typed: string
): PresentAction | null {
	if (/^\d$/.test(key)) return { kind: 'type', typed: (typed + key).slice(-3) };
	switch (key) {
		case 'ArrowRight':
		case ' ':
		case 'PageDown':
			return { kind: 'go', step: nextStep(n, count) };
		case 'ArrowLeft':
		case 'PageUp':
			return { kind: 'go', step: prevStep(n, count) };
		case 'Home':
			return { kind: 'go', step: 1 };
		case 'End':
			return { kind: 'go', step: Math.max(1, count) };
		case 'Enter': {
			const to = parseJump(typed, count);
			return to === null ? (typed ? { kind: 'type', typed: '' } : null) : { kind: 'go', step: to };
		}
		case 'b':
		case 'B':
			return { kind: 'black' };
		case 'Escape':
			return { kind: 'leave' };
		case 'Backspace':
			return typed ? { kind: 'type', typed: typed.slice(0, -1) } : null;
	}
	return null;
}
