/**
 * What a deck's card in the gallery says about it: the number of steps and the views it visits,
 * in words of the active locale (`Intl.PluralRules`, `Intl.ListFormat`). Pure.
 */
import { viewUrl } from '$lib/views/urls';
import type { Deck } from './deck';

/** "1 step", "7 steps": the plural category comes from `Intl.PluralRules` for `locale`. */
export function stepCountText(n: number, locale = 'en-GB'): string {
	const rule = new Intl.PluralRules(locale).select(n);
	const count = new Intl.NumberFormat(locale).format(n);
	return `${count} ${rule === 'one' ? 'step' : 'steps'}`;
}

/** The short names of the views a deck visits, each once, in the order the deck first shows them. */
export function viewsVisited(deck: Deck): string[] {
	const seen = new Set<string>();
	for (const s of deck.steps) seen.add(viewUrl(s.view)?.label ?? s.view);
	return [...seen];
}

/** "Graph, Targets and Timeline": a list joined the way `locale` joins one. */
export function listText(items: readonly string[], locale = 'en-GB'): string {
	return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
