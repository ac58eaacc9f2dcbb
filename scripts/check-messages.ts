/**
 * `npm run check:messages`: fails (exit 1) on a message missing or empty in any language, a
 * translation whose placeholders differ from English's, or a message no code uses (and a use of
 * a message that does not exist). Reads messages/*.json and every .ts/.svelte file of src/
 * (not the generated src/lib/paraglide).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCatalogues, type Catalogue } from '../src/lib/i18n/catalogues';
import { LOCALES, type Locale } from '../src/lib/i18n/locales';

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return path === join('src', 'lib', 'paraglide') ? [] : sourceFiles(path);
		return /\.(ts|svelte)$/.test(e.name) ? [path] : [];
	});
}

const catalogues = Object.fromEntries(
	LOCALES.map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, 'utf8')) as Catalogue])
) as Record<Locale, Catalogue>;
const sources = sourceFiles('src').map((f) => readFileSync(f, 'utf8'));
const problems = checkCatalogues(catalogues, sources);

if (problems.length) {
	for (const p of problems) console.error(p);
	console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the catalogues`);
	process.exit(1);
}
const count = Object.keys(catalogues.en).filter((k) => k !== '$schema').length;
console.log(`${count} messages, each in ${LOCALES.length} languages and used in the code`);
