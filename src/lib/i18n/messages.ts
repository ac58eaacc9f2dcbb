/**
 * The messages of the page's language only. Paraglide compiles each language into its own module
 * (`outputStructure: 'locale-modules'`); English, the base, is always there (it is also what a
 * component rendered on its own, in a test, shows), and the page's other language is loaded once,
 * before the app starts (the `init` hooks), as a chunk of its own: a French page never downloads
 * the Arabic catalogue. A page keeps its language for its whole life (a change of language loads
 * the page anew), so `m.key` is read from one catalogue.
 */
import { getLocale } from '$lib/paraglide/runtime';
import * as en from '$lib/paraglide/messages/en.js';
import { BASE_LOCALE, LOCALES, type Locale } from './locales';

type Compiled = typeof en;
/** Each message a function of its inputs; a message without inputs is called without any. */
export type Messages = {
	[K in keyof Compiled]: Compiled[K] extends (inputs: infer I) => infer R
		? Record<string, never> extends I
			? (inputs?: I) => R
			: (inputs: I) => R
		: never;
};

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Compiled>> = {
	fr: () => import('$lib/paraglide/messages/fr.js'),
	es: () => import('$lib/paraglide/messages/es.js'),
	ru: () => import('$lib/paraglide/messages/ru.js'),
	zh: () => import('$lib/paraglide/messages/zh.js'),
	ar: () => import('$lib/paraglide/messages/ar.js')
};

const loaded: Partial<Record<Locale, Compiled>> = { en };

/** Loads the catalogue of `locale` (once). */
export async function loadMessages(locale: Locale): Promise<void> {
	if (locale !== BASE_LOCALE) loaded[locale] ??= await loaders[locale as Exclude<Locale, 'en'>]();
}

/** Loads every catalogue (the server renders every language). */
export const loadAllMessages = () => Promise.all(LOCALES.map(loadMessages));

/** `m.key(inputs)`: the message `key` in the page's language (English until it is loaded). */
export const m = new Proxy(en, {
	get: (base, key: string) => {
		const catalogue = loaded[getLocale()] ?? base;
		return (catalogue as Record<string, unknown>)[key] ?? (base as Record<string, unknown>)[key];
	}
}) as unknown as Messages;
