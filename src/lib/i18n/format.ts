/**
 * Numbers, percentages, plurals, lists, months, dates and times for a locale, through `Intl`:
 * no English grammar in code. Pure (the locale is an argument; `$lib/i18n` has the active one).
 *
 * Digits: every locale writes Western digits (0–9), Arabic too (`ar-u-nu-latn`): the data, its
 * CSV files, chart axes and years are written that way, and ITU's Arabic pages use them for
 * figures (see messages/README.md, "What mirrors"). English is British English, as before.
 */
import type { Locale } from './locales';

const TAGS: Record<Locale, string> = {
	en: 'en-GB',
	fr: 'fr',
	es: 'es',
	ru: 'ru',
	zh: 'zh-Hans',
	ar: 'ar-u-nu-latn'
};

/** The BCP 47 tag `Intl` gets for a locale. */
export const intlTag = (locale: Locale): string => TAGS[locale];

const cache = new Map<string, unknown>();
function cached<T>(kind: string, locale: Locale, options: object, make: (tag: string) => T): T {
	const key = `${kind}|${locale}|${JSON.stringify(options)}`;
	let hit = cache.get(key) as T | undefined;
	if (hit === undefined) cache.set(key, (hit = make(TAGS[locale])));
	return hit;
}

const numberFormat = (locale: Locale, o: Intl.NumberFormatOptions = {}) =>
	cached('n', locale, o, (t) => new Intl.NumberFormat(t, o));

/** 2208 → "2,208" (en), "2 208" (fr, with a narrow no-break space), "2.208" (es). */
export function formatNumber(n: number, locale: Locale, options: Intl.NumberFormatOptions = {}) {
	return numberFormat(locale, options).format(n);
}

/** A fraction as a percentage: 0.674 → "67%" (en), "67 %" (fr). */
export function formatPercent(fraction: number, locale: Locale, maximumFractionDigits = 0): string {
	return numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(fraction);
}

/** The CLDR plural category of `n`: Arabic has six (zero, one, two, few, many, other). */
export function pluralCategory(n: number, locale: Locale): Intl.LDMLPluralRule {
	return cached('p', locale, {}, (t) => new Intl.PluralRules(t)).select(n);
}

/** ["a", "b", "c"] → "a, b and c" (en), "a, b et c" (fr), "a、b和c" (zh). */
export function formatList(
	items: readonly string[],
	locale: Locale,
	type: Intl.ListFormatType = 'conjunction'
): string {
	return cached('l', locale, { type }, (t) => new Intl.ListFormat(t, { type })).format(items);
}

/** The name of month 1–12 as it stands alone ("May", "mai", "май", "5月", "مايو"). */
export function monthName(month: number, locale: Locale, width: 'long' | 'short' = 'long') {
	const f = cached(
		'm',
		locale,
		{ width },
		(t) => new Intl.DateTimeFormat(t, { month: width, timeZone: 'UTC' })
	);
	return f.format(Date.UTC(2000, month - 1, 1));
}

/** A date (UTC milliseconds), by default day, month name and year: "12 May 1865". */
export function formatDate(
	ms: number,
	locale: Locale,
	options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }
): string {
	const o = { ...options, timeZone: 'UTC' };
	return cached('d', locale, o, (t) => new Intl.DateTimeFormat(t, o)).format(ms);
}

/** A clock time in the reader's own time zone, hours and minutes: "14:05". */
export function formatTime(ms: number, locale: Locale): string {
	const o = { hour: '2-digit', minute: '2-digit' } as const;
	return cached('t', locale, o, (t) => new Intl.DateTimeFormat(t, o)).format(ms);
}
