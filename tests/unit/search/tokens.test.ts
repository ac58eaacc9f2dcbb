import { describe, expect, it } from 'vitest';
import { search } from '$lib/search/search';

// Names and aliases as in data/entities.csv.
const items = [
	{
		id: 'itu-telecom-world',
		name: 'ITU Telecom World',
		aliases: ['ITU TELECOM WORLD', 'ITU Telecom events', 'ITU Digital World', 'Digital World'],
		type: 'event_series'
	},
	{
		id: 'itu-d-sg1',
		name: 'ITU-D Study Group 1',
		aliases: [],
		type: 'study_group'
	},
	{
		id: 'itu-d',
		name: 'Telecommunication Development Sector',
		aliases: ['ITU-D', 'ITU Telecommunication Development Sector', 'Development Sector'],
		type: 'sector'
	},
	{
		id: 'itu-t',
		name: 'Telecommunication Standardization Sector',
		aliases: ['ITU-T', 'ITU Telecommunication Standardization Sector'],
		type: 'sector'
	}
];
const ids = (q: string) => search(items, q).map((h) => h.item.id);

describe('search: punctuation and word tokens', () => {
	it('"itu d" finds ITU-D first, before ITU Digital World', () => {
		const found = ids('itu d');
		expect(found[0]).toBe('itu-d');
		expect(found.indexOf('itu-d')).toBeLessThan(found.indexOf('itu-telecom-world'));
		expect(search(items, 'itu d')[0]!.via).toBe('ITU-D');
	});

	it('treats a hyphen, a dot or several spaces as one space', () => {
		expect(ids('ITU-T')[0]).toBe('itu-t');
		expect(ids('itu.t')[0]).toBe('itu-t');
		expect(ids('itu   t')[0]).toBe('itu-t');
	});

	it('matches words given in another order, after whole-phrase matches', () => {
		expect(ids('sector development')).toEqual(['itu-d']);
		expect(ids('standard sector')).toEqual(['itu-t']);
		// "world digital": only the Telecom World (through its alias) has both words.
		expect(ids('world digital')).toEqual(['itu-telecom-world']);
	});

	it('does not match when one word is missing', () => {
		expect(ids('itu radio')).toEqual([]);
	});

	it('finds nothing for punctuation alone', () => {
		expect(ids('-')).toEqual([]);
	});
});
