import type { Reroute } from '@sveltejs/kit';
import { appRoot } from '$lib/i18n/strategy';
import { splitLocale } from '$lib/i18n/locales';

/**
 * A localized address shows the same route as the English one: `/fr/graph/` is the route
 * `/graph/` in French (the locale itself is read by `$lib/i18n/strategy`). English has no prefix.
 */
export const reroute: Reroute = ({ url }) => {
	const root = appRoot();
	const { locale, rest } = splitLocale(url.pathname, root);
	if (locale !== 'en') return root + rest;
};
