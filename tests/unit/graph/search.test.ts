import { describe, expect, it } from 'vitest';
import { search } from '$lib/search/search';

const items = [
	{
		id: 'itu-d',
		name: 'Telecommunication Development Sector',
		aliases: ['ITU-D', 'Development Sector', 'BDT'],
		type: 'sector'
	},
	{
		id: 'itu-t',
		name: 'Telecommunication Standardization Sector',
		aliases: ['ITU-T'],
		type: 'sector'
	},
	{
		id: 'wsis',
		name: 'World Summit on the Information Society',
		aliases: ['WSIS'],
		type: 'event_series'
	},
	{ id: 'wsis-forum', name: 'WSIS Forum', aliases: [], type: 'event_series' },
	{
		id: 'wsis-c1',
		name: 'WSIS Action Line C1: The role of governments',
		aliases: [],
		type: 'wsis'
	},
	{ id: 'giga', name: 'Giga', aliases: [], type: 'initiative' },
	{ id: 'nwsis', name: 'Newsismo', aliases: [], type: 'initiative' },
	{ id: 'egov', name: 'Télécom équipe', aliases: [], type: 'initiative' }
];
const ids = (q: string, limit?: number) => search(items, q, limit).map((h) => h.item.id);

describe('search', () => {
	it('finds a node by abbreviation or alias', () => {
		expect(ids('BDT')[0]).toBe('itu-d');
		expect(ids('Development Sector')[0]).toBe('itu-d');
		expect(ids('itu-d')[0]).toBe('itu-d');
		expect(search(items, 'bdt')[0]!.via).toBe('BDT');
	});

	it('finds the Summit, the Forum and the Action Lines for "WSIS", whole words first', () => {
		expect(ids('WSIS').slice(0, 3).sort()).toEqual(['wsis', 'wsis-c1', 'wsis-forum']);
		expect(ids('WSIS')[0]).toBe('wsis');
		expect(ids('WSIS').at(-1)).toBe('nwsis');
	});

	it('ignores case, accents and surrounding spaces', () => {
		expect(ids('  telecom equipe ')).toEqual(['egov']);
	});

	it('returns nothing for an empty query and honours the limit', () => {
		expect(ids('')).toEqual([]);
		expect(ids('e', 2)).toHaveLength(2);
	});

	it('breaks ties by weight', () => {
		const hits = search(items, 'telecommunication', 5, (i) => (i.id === 'itu-t' ? 10 : 0));
		expect(hits[0]!.item.id).toBe('itu-t');
	});

	it('treats regular-expression characters literally', () => {
		expect(() => search(items, '(c1')).not.toThrow();
		expect(ids('c1:')).toEqual(['wsis-c1']);
	});
});
