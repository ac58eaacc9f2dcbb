/**
 * Keeping the audience window (the presenter bar) and the presenter view in step over a
 * `BroadcastChannel`: the message types, their validation and a tiny reducer. Pure.
 */

/** The channel both windows open (same origin, no server). */
export const PRESENT_CHANNEL = 'itu-atlas-present';

/**
 * `step`: the audience window moved to a step (also its answer to `hello`). `goto`: the presenter
 * asks it to move. `hello`: a presenter window opened (or reloaded) and asks where the audience is.
 */
export type PresentMessage =
	| { type: 'step'; deck: string; step: number }
	| { type: 'goto'; deck: string; step: number }
	| { type: 'hello' };

/** Where a window is in a deck. */
export interface DeckPosition {
	deck: string;
	step: number;
}

/** The message in `data` when it is a well-formed present message, else null. */
export function parseMessage(data: unknown): PresentMessage | null {
	if (!data || typeof data !== 'object') return null;
	const m = data as Record<string, unknown>;
	if (m.type === 'hello') return { type: 'hello' };
	if (m.type !== 'step' && m.type !== 'goto') return null;
	if (typeof m.deck !== 'string' || !m.deck) return null;
	if (typeof m.step !== 'number' || !Number.isInteger(m.step) || m.step < 1) return null;
	return { type: m.type, deck: m.deck, step: m.step };
}

/**
 * The next position of a window at `at` on receiving `msg`. The presenter view follows `step`
 * messages, to another deck too (the audience is what it presents); it may not know its deck yet
 * (`at` null). The audience window obeys `goto` for its own deck only.
 */
export function reduce(
	role: 'audience' | 'presenter',
	at: DeckPosition | null,
	msg: PresentMessage
): DeckPosition | null {
	if (msg.type === 'hello') return at;
	if (role === 'presenter') {
		if (msg.type !== 'step' || (at && msg.deck === at.deck && msg.step === at.step)) return at;
		return { deck: msg.deck, step: msg.step };
	}
	if (!at || msg.type !== 'goto' || msg.deck !== at.deck || msg.step === at.step) return at;
	return { deck: at.deck, step: msg.step };
}

/** What the audience window at `at` answers to `msg`: its step to a `hello`, else nothing. */
export function reply(at: DeckPosition | null, msg: PresentMessage): PresentMessage | null {
	return msg.type === 'hello' && at ? { type: 'step', deck: at.deck, step: at.step } : null;
}

/** Elapsed time as `mm:ss` (minutes keep counting past 59). */
export function formatElapsed(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}
