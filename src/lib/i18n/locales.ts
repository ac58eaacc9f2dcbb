/**
 * The six UN languages of ITU Atlas and where the locale sits in a URL. Pure (no Svelte, no Kit,
 * no generated code), so the reroute hook, the first-visit script's test and the unit tests share
 * one definition. English is the base locale: its pages have no prefix (`/graph/`), the others
 * carry theirs as the first path segment after the app's root (`/fr/graph/`, `/atlas/ar/graph/`).
 */

export const LOCALES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'en';

/** Each language named in itself (what the language switch shows). */
export const LOCALE_NAMES: Record<Locale, string> = {
	en: 'English',
	fr: 'Français',
	es: 'Español',
	ru: 'Русский',
	zh: '中文',
	ar: 'العربية'
};

/** Writing direction of a locale: Arabic is right to left. */
export const textDirection = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

export const isLocale = (s: string): s is Locale => (LOCALES as readonly string[]).includes(s);

/** The key under which the reader's explicit choice of language is kept (localStorage). */
export const LOCALE_STORAGE_KEY = 'atlas-locale';

/**
 * Splits an absolute pathname into its locale and the path after the root and the locale.
 * `root` is the app's root with a trailing slash (`/` or `/atlas/`); a pathname outside it is
 * English. `splitLocale('/atlas/fr/graph/', '/atlas/')` → `{ locale: 'fr', rest: 'graph/' }`.
 */
export function splitLocale(pathname: string, root: string): { locale: Locale; rest: string } {
	if (!pathname.startsWith(root)) return { locale: BASE_LOCALE, rest: pathname };
	const after = pathname.slice(root.length);
	const m = /^([a-z]{2})(?:\/|$)(.*)$/.exec(after);
	if (m && isLocale(m[1]!) && m[1] !== BASE_LOCALE) return { locale: m[1], rest: m[2]! };
	return { locale: BASE_LOCALE, rest: after };
}

/**
 * The href of `href` (a resolved internal link: `root` followed by a path) in `locale`: the
 * locale segment is replaced, added or (for English) removed. Query and hash are kept. An href
 * outside `root` is returned unchanged.
 */
export function localizePath(href: string, locale: Locale, root: string): string {
	if (!href.startsWith(root)) return href;
	const { rest } = splitLocale(href, root);
	return locale === BASE_LOCALE ? root + rest : `${root}${locale}/${rest}`;
}

/**
 * The first supported locale among the browser's languages (`navigator.languages`, best first),
 * by primary subtag (`fr-CA` → `fr`, `zh-Hant-TW` → `zh`). English among them ends the search:
 * a reader who lists English before another of our languages gets English.
 */
export function preferredLocale(languages: readonly string[]): Locale | undefined {
	for (const tag of languages) {
		const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
		if (isLocale(primary)) return primary;
	}
	return undefined;
}
