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

export { m } from './messages';
export { getLocale };
export { LOCALES, LOCALE_NAMES, textDirection, type Locale } from './locales';

/**
 * An internal link (an href made with `resolve()`, query and hash allowed) in the active locale,
 * or in `locale`. `localizeHref(resolve('/data/'))` is `/atlas/fr/data/` on a French page.
 */
export function localizeHref(href: string, locale: Locale = getLocale()): string {
	return localizePath(href, locale, resolve('/'));
}

/**
 * `lang` and `dir` for an element whose text is in the page's language, inside content marked
 * English (`<main>`, until the views' strings move to the catalogues): none on an English page.
 */
export function translated(locale: Locale = getLocale()): { lang?: Locale; dir?: 'ltr' | 'rtl' } {
	return locale === 'en' ? {} : { lang: locale, dir: textDirection(locale) };
}

/**
 * `lang` and `dir` for content still in English on a page in another language (none on an
 * English page): screen readers read it with an English voice, and an Arabic page does not
 * reorder its punctuation and figures.
 */
export function untranslated(locale: Locale = getLocale()): { lang?: 'en'; dir?: 'ltr' } {
	return locale === 'en' ? {} : { lang: 'en', dir: 'ltr' };
}
