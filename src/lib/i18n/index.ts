/**
 * The app's entry to its translations: `m.<key>()` (Paraglide's compiled messages, typed, one
 * catalogue per language in `messages/`), the active locale, and links that keep it.
 * Components import from here, never from `$lib/paraglide` directly: this module installs the
 * locale strategy (`./strategy`) before any message runs.
 */
import './strategy';
import { resolve } from '$app/paths';
import { getLocale } from '$lib/paraglide/runtime';
import { localizePath, textDirection, type Locale } from './locales';

export { m } from '$lib/paraglide/messages';
export { getLocale };
export { LOCALES, LOCALE_NAMES, textDirection, type Locale } from './locales';

/**
 * An internal link (an href made with `resolve()`, query and hash allowed) in the active locale,
 * or in `locale`. `localizeHref(resolve('/data/'))` is `/atlas/fr/data/` on a French page.
 */
export function localizeHref(href: string, locale: Locale = getLocale()): string {
	return localizePath(href, locale, resolve('/'));
}

/** `lang` and `dir` for an element whose text is in the active locale. */
export const localeAttributes = (locale: Locale = getLocale()) => ({
	lang: locale,
	dir: textDirection(locale)
});
