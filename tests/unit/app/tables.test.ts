import { describe, expect, it } from 'vitest';
import { cellText, searchRows } from '../../../src/lib/data/tables';

describe('cellText', () => {
	it('shows lists, dates and absent values as a reader expects', () => {
		expect(cellText(['ITU-D', 'ITU-T'])).toBe('ITU-D; ITU-T');
		expect(cellText({ year: 2003, precision: 'year', text: '2003' })).toBe('2003');
		expect(cellText(undefined)).toBe('');
		expect(cellText(17)).toBe('17');
	});
});

describe('searchRows', () => {
	const rows = [
		{ id: 'itu-d', name: 'Telecommunication Development Sector', aliases: ['BDT'] },
		{ id: 'itu-t', name: 'Telecommunication Standardization Sector', aliases: [] }
	];
	it('matches every word, case-insensitively, in any column', () => {
		expect(searchRows(rows, 'development SECTOR').map((r) => r.id)).toEqual(['itu-d']);
		expect(searchRows(rows, 'bdt').map((r) => r.id)).toEqual(['itu-d']);
		expect(searchRows(rows, '  ')).toHaveLength(2);
		expect(searchRows(rows, 'radio')).toEqual([]);
	});
});
