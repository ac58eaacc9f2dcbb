/** The message check of CI (scripts/check-messages.ts): what it flags, on small catalogues. */
import { describe, expect, it } from 'vitest';
import { checkCatalogues, placeholders, usedKeys } from '../../../src/lib/i18n/catalogues';

const code = `import { m } from '$lib/i18n';\nconst a = m.hello({ name }); const f = m.bye;`;
const plural = (one: string, other: string) => [
	{
		declarations: ['input count', 'local countPlural = count: plural'],
		selectors: ['countPlural'],
		match: { 'countPlural=one': one, 'countPlural=*': other }
	}
];

describe('checkCatalogues', () => {
	it('passes complete catalogues whose every message is used', () => {
		const en = { $schema: 'x', hello: 'Hello {name}', bye: 'Bye' };
		const fr = { $schema: 'x', hello: 'Bonjour {name}', bye: 'Au revoir' };
		expect(checkCatalogues({ en, fr }, [code])).toEqual([]);
	});

	it('flags a message missing, empty or extra in a language', () => {
		const en = { hello: 'Hello {name}', bye: 'Bye' };
		const fr = { hello: ' ', extra: 'En trop' };
		expect(checkCatalogues({ en, fr }, [code])).toEqual([
			'fr.json: "hello" is empty',
			'fr.json: "bye" is missing',
			'fr.json: "extra" is not in en.json'
		]);
	});

	it('flags a translation whose placeholders differ from English', () => {
		const en = { hello: 'Hello {name}', bye: 'Bye' };
		const ru = { hello: 'Привет {nom}', bye: 'Пока' };
		expect(checkCatalogues({ en, ru }, [code])).toEqual([
			'ru.json: "hello" uses {nom} where English uses {name}'
		]);
	});

	it('flags a message no code uses, and a use of one that does not exist', () => {
		const en = { hello: 'Hello {name}', bye: 'Bye', unused: 'Never shown' };
		const other = `import { getLocale, m } from '$lib/i18n';\nm.ghost();`;
		expect(checkCatalogues({ en }, [code, other])).toEqual([
			'en.json: "unused" is not used in the code',
			'm.ghost is used but is not in en.json'
		]);
	});

	it('does not count `m.x` in a file where m is something else', () => {
		expect([...usedKeys(['const m = new Map(); m.get(1);'])]).toEqual([]);
	});
});

describe('placeholders', () => {
	it('reads the placeholders of every plural variant', () => {
		expect(placeholders(plural('{count} file', '{count} files in {dir}'))).toEqual([
			'count',
			'dir'
		]);
		expect(placeholders('No placeholder')).toEqual([]);
	});
});
