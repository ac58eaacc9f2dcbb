/**
 * Checks of the message catalogues (`messages/{locale}.json`), for `scripts/check-messages.ts`
 * and its tests. Pure: the catalogues and the app's source texts are arguments.
 */
import { BASE_LOCALE, type Locale } from './locales';

/** One catalogue as its JSON file holds it: a text, or a list of variants (plurals). */
export type Catalogue = Record<string, unknown>;

/** The `{placeholders}` a message uses, in every variant, sorted. */
export function placeholders(message: unknown): string[] {
	const texts: string[] = [];
	const walk = (v: unknown) => {
		if (typeof v === 'string') texts.push(v);
		else if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === 'object')
			// Declarations and selectors name the inputs too; only the texts say what is shown.
			walk((v as { match?: unknown }).match ?? Object.values(v));
	};
	walk(message);
	const names = new Set<string>();
	for (const t of texts) for (const m of t.matchAll(/\{(\w+)\}/g)) names.add(m[1]!);
	return [...names].sort();
}

const isEmpty = (message: unknown) =>
	typeof message === 'string' ? message.trim() === '' : message == null;

const IMPORTS_M = /import\s*\{[^}]*\bm\b[^}]*\}\s*from\s*['"]\$lib\/i18n['"]/;

/**
 * The keys used in the app's sources as `m.key` (called or passed as a function), in the files
 * that import `m` from `$lib/i18n` (elsewhere `m` is often a local variable).
 */
export function usedKeys(sources: readonly string[]): Set<string> {
	const used = new Set<string>();
	for (const text of sources)
		if (IMPORTS_M.test(text)) for (const m of text.matchAll(/\bm\.(\w+)/g)) used.add(m[1]!);
	return used;
}

/**
 * Every problem, one line each: a message missing or empty in a language, one that exists only in
 * a translation, a translation whose placeholders differ from English's, a message no code uses,
 * and a use of a message that does not exist.
 */
export function checkCatalogues(
	catalogues: Partial<Record<Locale, Catalogue>>,
	sources: readonly string[]
): string[] {
	const problems: string[] = [];
	const keysOf = (c: Catalogue | undefined) => Object.keys(c ?? {}).filter((k) => k !== '$schema');
	const base = catalogues[BASE_LOCALE] ?? {};
	const baseKeys = keysOf(base);
	for (const [locale, catalogue] of Object.entries(catalogues) as [Locale, Catalogue][]) {
		if (locale === BASE_LOCALE) continue;
		for (const key of baseKeys) {
			if (!(key in catalogue)) problems.push(`${locale}.json: "${key}" is missing`);
			else if (isEmpty(catalogue[key])) problems.push(`${locale}.json: "${key}" is empty`);
			else {
				const want = placeholders(base[key]).join(', ');
				const got = placeholders(catalogue[key]).join(', ');
				if (want !== got)
					problems.push(`${locale}.json: "${key}" uses {${got}} where English uses {${want}}`);
			}
		}
		for (const key of keysOf(catalogue))
			if (!(key in base)) problems.push(`${locale}.json: "${key}" is not in en.json`);
	}
	const used = usedKeys(sources);
	for (const key of baseKeys)
		if (!used.has(key)) problems.push(`en.json: "${key}" is not used in the code`);
	for (const key of used)
		if (!baseKeys.includes(key)) problems.push(`m.${key} is used but is not in en.json`);
	return problems;
}
