/** Where the locale sits in a URL, and which one a first visit gets. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	LOCALES,
	localizePath,
	preferredLocale,
	splitLocale,
	textDirection
} from '../../../src/lib/i18n/locales';

describe('splitLocale', () => {
	it('reads the locale after the root, English without a prefix', () => {
		expect(splitLocale('/fr/graph/', '/')).toEqual({ locale: 'fr', rest: 'graph/' });
		expect(splitLocale('/atlas/ar/', '/atlas/')).toEqual({ locale: 'ar', rest: '' });
		expect(splitLocale('/atlas/zh', '/atlas/')).toEqual({ locale: 'zh', rest: '' });
		expect(splitLocale('/atlas/graph/', '/atlas/')).toEqual({ locale: 'en', rest: 'graph/' });
	});

	it('does not take a path that merely starts like a locale, nor /en/, for one', () => {
		expect(splitLocale('/french/', '/').locale).toBe('en');
		expect(splitLocale('/frx/', '/').locale).toBe('en');
		expect(splitLocale('/en/graph/', '/')).toEqual({ locale: 'en', rest: 'en/graph/' });
		// A locale-like segment deeper than the root is not the locale.
		expect(splitLocale('/atlas/graph/fr/', '/atlas/').locale).toBe('en');
		expect(splitLocale('/fr/graph/', '/atlas/')).toEqual({ locale: 'en', rest: '/fr/graph/' });
	});
});

describe('localizePath', () => {
	it('adds, replaces or removes the locale, keeping query and hash', () => {
		expect(localizePath('/atlas/graph/?sel=itu-d#x', 'fr', '/atlas/')).toBe(
			'/atlas/fr/graph/?sel=itu-d#x'
		);
		expect(localizePath('/atlas/fr/graph/', 'ar', '/atlas/')).toBe('/atlas/ar/graph/');
		expect(localizePath('/atlas/ru/graph/', 'en', '/atlas/')).toBe('/atlas/graph/');
		expect(localizePath('/atlas/', 'zh', '/atlas/')).toBe('/atlas/zh/');
	});

	it('works with the relative links of a prerendered page', () => {
		expect(localizePath('../../data/', 'es', '../../')).toBe('../../es/data/');
		expect(localizePath('./', 'ar', './')).toBe('./ar/');
	});

	it('leaves a link outside the root alone', () => {
		expect(localizePath('https://www.itu.int/', 'fr', '/atlas/')).toBe('https://www.itu.int/');
	});
});

describe('preferredLocale', () => {
	it('takes the first of our languages among the browser’s, by primary subtag', () => {
		expect(preferredLocale(['de-CH', 'fr-CH', 'en'])).toBe('fr');
		expect(preferredLocale(['zh-Hant-TW'])).toBe('zh');
		expect(preferredLocale(['ar-EG', 'en'])).toBe('ar');
	});

	it('keeps English for a reader who lists English first, or none of ours', () => {
		expect(preferredLocale(['en-GB', 'fr'])).toBe('en');
		expect(preferredLocale(['de', 'it'])).toBeUndefined();
		expect(preferredLocale([])).toBeUndefined();
	});
});

describe('the six languages', () => {
	it('writes Arabic right to left and the others left to right', () => {
		expect(LOCALES.filter((l) => textDirection(l) === 'rtl')).toEqual(['ar']);
	});

	it('are the ones the first-visit script of app.html and the Paraglide project know', () => {
		const html = readFileSync('src/app.html', 'utf8');
		const ours = /const ours = \[([^\]]*)\]/.exec(html)?.[1];
		expect(ours?.match(/[a-z]{2}/g)).toEqual(LOCALES.filter((l) => l !== 'en'));
		const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8'));
		expect(settings.locales).toEqual([...LOCALES]);
		expect(settings.baseLocale).toBe('en');
	});
});
