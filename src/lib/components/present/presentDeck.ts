/**
 * Starting a deck from a card or a deck page: step 1 opens in its view (the layout's presenter bar
 * takes over there), in full screen when asked (it needs the click that calls this), with the
 * presenter view in a second window when asked. Browser-only.
 */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { stepQuery, viewPath, type Deck } from '$lib/briefing/deck';

export interface PresentOptions {
	/** Projector mode, kept on. */
	proj: boolean;
	fullscreen?: boolean;
	/** Also open the presenter view (notes, next step, timer) in a second window. */
	presenter?: boolean;
}

/** The presenter view's address for step `n` of `deck`. */
export const presenterHref = (deck: Deck, n = 1) =>
	`${resolve('/present/presenter/')}?deck=${encodeURIComponent(deck.id)}&step=${n}`;

export async function presentDeck(deck: Deck, { proj, fullscreen, presenter }: PresentOptions) {
	const first = deck.steps[0];
	if (!first) return;
	// Opened first: a browser allows a pop-up only straight from the click.
	if (presenter) window.open(presenterHref(deck), 'atlas-presenter');
	// Browsers that refuse full screen still present in the window.
	if (fullscreen) await document.documentElement.requestFullscreen?.().catch(() => {});
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- resolved, plus the query
	await goto(`${resolve(viewPath(first.view))}${stepQuery(first, proj)}`);
}
