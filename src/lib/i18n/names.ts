/**
 * A name from the data in the reader's language: the official name of that language where the
 * data has one with its source (`name_fr` … `name_ar` of entities.csv), else the English name,
 * which then says it is English (`lang: 'en'`) so screen readers switch voice. Pure.
 */
import type { NameLanguage } from '$lib/data/types';
import type { Locale } from './locales';

export interface Named {
	name: string;
	names?: Partial<Record<NameLanguage, string>>;
}

/** `{ text, lang }`: the name to show and the language it is in. */
export function nameIn(row: Named, locale: Locale): { text: string; lang: Locale } {
	const translated = locale === 'en' ? undefined : row.names?.[locale];
	return translated ? { text: translated, lang: locale } : { text: row.name, lang: 'en' };
}
