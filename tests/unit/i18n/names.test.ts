/** The data's own words: a sourced official name where there is one, else English, said so. */
import { describe, expect, it } from 'vitest';
import { nameIn } from '../../../src/lib/i18n/names';

const itu = {
	name: 'International Telecommunication Union',
	names: { fr: 'Union internationale des télécommunications', ar: 'الاتحاد الدولي للاتصالات' }
};

describe('nameIn', () => {
	it('gives the official name of the reader’s language where the data has it', () => {
		expect(nameIn(itu, 'fr')).toEqual({
			text: 'Union internationale des télécommunications',
			lang: 'fr'
		});
		expect(nameIn(itu, 'ar')).toEqual({ text: 'الاتحاد الدولي للاتصالات', lang: 'ar' });
	});

	it('falls back to the English name, marked English', () => {
		expect(nameIn(itu, 'zh')).toEqual({
			text: 'International Telecommunication Union',
			lang: 'en'
		});
		expect(nameIn({ name: 'Giga' }, 'ru')).toEqual({ text: 'Giga', lang: 'en' });
		expect(nameIn(itu, 'en')).toEqual({
			text: 'International Telecommunication Union',
			lang: 'en'
		});
	});
});
