/**
 * How Paraglide finds the locale: from the page's path (`/fr/…`), on the server per request
 * (the prerenderer renders `/fr/graph/` as its own page) and in the browser once per page load
 * (a change of language is a full page load, see LanguageSwitch and the root layout).
 * Imported for its side effect by `$lib/i18n` and by `hooks.server.ts`, before any message runs.
 */
import { base } from '$app/paths';
import { defineCustomClientStrategy, defineCustomServerStrategy } from '$lib/paraglide/runtime';
import { BASE_LOCALE, splitLocale, type Locale } from './locales';

/** The app's root with a trailing slash. During server rendering `base` may be relative: the
 * prerenderer's paths then start at the site root. */
export const appRoot = (): string => (base.startsWith('/') ? `${base}/` : '/');

export const localeOfPath = (pathname: string): Locale => splitLocale(pathname, appRoot()).locale;

let pageLocale: Locale | undefined;

defineCustomServerStrategy('custom-path', {
	getLocale: (request) => (request ? localeOfPath(new URL(request.url).pathname) : undefined)
});

defineCustomClientStrategy('custom-path', {
	getLocale: () =>
		typeof location === 'undefined'
			? BASE_LOCALE
			: (pageLocale ??= localeOfPath(location.pathname)),
	// The locale is the URL's: a change of language navigates (LanguageSwitch), nothing to store.
	setLocale: () => {}
});
