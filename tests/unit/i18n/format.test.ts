/** Locale-aware formatting through Intl: the expected values are written out by hand. */
import { describe, expect, it } from 'vitest';
import {
	formatDate,
	formatList,
	formatNumber,
	formatPercent,
	monthName,
	pluralCategory
} from '../../../src/lib/i18n/format';

// Intl separates French thousands with a narrow no-break space (U+202F) and puts a no-break
// space (U+00A0) before the percent sign.
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('numbers and percentages', () => {
	it('groups thousands the way each language does', () => {
		expect(formatNumber(2208, 'en')).toBe('2,208');
		expect(formatNumber(2208, 'fr')).toBe(`2${NNBSP}208`);
		expect(formatNumber(22080, 'es')).toBe('22.080');
		expect(formatNumber(1234.5, 'zh')).toBe('1,234.5');
	});

	it('writes Arabic figures with Western digits', () => {
		expect(formatNumber(2026, 'ar')).toMatch(/^2.?026$/);
		expect(formatNumber(1234567, 'ar')).not.toMatch(/[٠-٩]/);
	});

	it('formats a fraction as a percentage', () => {
		expect(formatPercent(0.674, 'en')).toBe('67%');
		expect(formatPercent(0.674, 'fr')).toBe(`67${NBSP}%`);
		expect(formatPercent(0.6745, 'en', 1)).toBe('67.5%');
	});
});

describe('plural categories', () => {
	it('gives Arabic its six forms', () => {
		const forms = [0, 1, 2, 3, 11, 100].map((n) => pluralCategory(n, 'ar'));
		expect(forms).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
		expect(pluralCategory(110, 'ar')).toBe('few');
		expect(pluralCategory(1011, 'ar')).toBe('many');
	});

	it('gives Russian one, few and many by the last digits', () => {
		expect([1, 2, 5, 21, 22, 25, 11].map((n) => pluralCategory(n, 'ru'))).toEqual([
			'one',
			'few',
			'many',
			'one',
			'few',
			'many',
			'many'
		]);
	});

	it('gives French 0 and 1 the singular, English only 1, Chinese one form', () => {
		expect(pluralCategory(0, 'fr')).toBe('one');
		expect(pluralCategory(0, 'en')).toBe('other');
		expect(pluralCategory(1, 'en')).toBe('one');
		expect(pluralCategory(1, 'zh')).toBe('other');
	});
});

describe('lists', () => {
	it('joins with each language’s conjunction', () => {
		expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
		expect(formatList(['a', 'b', 'c'], 'fr')).toBe('a, b et c');
		expect(formatList(['a', 'b'], 'es')).toBe('a y b');
		expect(formatList(['a', 'b', 'c'], 'ru')).toBe('a, b и c');
		expect(formatList(['a', 'b', 'c'], 'zh')).toBe('a、b和c');
		expect(formatList(['a'], 'en')).toBe('a');
		expect(formatList([], 'en')).toBe('');
	});

	it('offers “or” lists', () => {
		expect(formatList(['a', 'b'], 'en', 'disjunction')).toBe('a or b');
		expect(formatList(['a', 'b'], 'fr', 'disjunction')).toBe('a ou b');
	});
});

describe('months and dates', () => {
	it('names the months in each language', () => {
		expect(monthName(5, 'en')).toBe('May');
		expect(monthName(9, 'en')).toBe('September');
		expect(monthName(5, 'fr')).toBe('mai');
		expect(monthName(5, 'es')).toBe('mayo');
		expect(monthName(5, 'ru')).toBe('май');
		expect(monthName(5, 'zh')).toBe('五月');
		expect(monthName(5, 'ar')).toBe('مايو');
	});

	it('writes a day, month and year in each language’s order', () => {
		const founded = Date.UTC(1865, 4, 17);
		expect(formatDate(founded, 'en')).toBe('17 May 1865');
		expect(formatDate(founded, 'fr')).toBe('17 mai 1865');
		expect(formatDate(founded, 'zh')).toBe('1865年5月17日');
		expect(formatDate(founded, 'ru')).toBe('17 мая 1865 г.');
	});
});
