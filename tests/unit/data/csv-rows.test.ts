/** Reading CSV text: BOM, line ends, quoting, and spreadsheet row numbers. */
import { describe, expect, it } from 'vitest';
import { COLUMN_SPECS, readCsv } from '../../../src/lib/data';
import { expectOnlyError, goodFiles, validOf } from './helpers';

const good = goodFiles();
const entities = good['entities.csv']!;
const [header, ...lines] = entities.trim().split('\n') as [string, ...string[]];
const read = (text: string) => readCsv('entities.csv', text, COLUMN_SPECS['entities.csv']);
const withEntities = (text: string) => ({ ...good, 'entities.csv': text });

describe('reading CSV text', () => {
	it('reads a byte-order mark as nothing', () => {
		const table = read('\uFEFF' + entities);
		expect(table.issues).toEqual([]);
		expect(table.records[0]!.values.id).toBe('itu');
		validOf(withEntities('\uFEFF' + entities));
	});

	it('reads CRLF line ends like LF ones', () => {
		const crlf = read(entities.replace(/\n/g, '\r\n'));
		expect(crlf.records).toEqual(read(entities).records);
		validOf(
			Object.fromEntries(Object.entries(good).map(([k, v]) => [k, v.replace(/\n/g, '\r\n')]))
		);
	});

	it('keeps commas inside quoted values', () => {
		const itud = read(entities).records.find((r) => r.values.id === 'itu-d')!;
		expect(itud.values.description).toBe(
			'Development, connectivity, ICT statistics and capacity building.'
		);
	});

	it('counts a record with a quoted line break as one spreadsheet row', () => {
		// Row 3 gets a two-line description: `"Global<line break>radio-frequency …"`.
		const fixed = entities.replace(
			'Global radio-frequency spectrum and satellite orbits.',
			'"Global\nradio-frequency spectrum and satellite orbits."'
		);
		const table = read(fixed);
		expect(table.issues).toEqual([]);
		expect(table.records.map((r) => r.row).slice(0, 4)).toEqual([2, 3, 4, 5]);
		expect(table.records[1]!.values.description).toBe(
			'Global\nradio-frequency spectrum and satellite orbits.'
		);
		const bad = fixed.replace(
			'itu-t,Telecommunication Standardization Sector,sector',
			'itu-t,Telecommunication Standardization Sector,sectr'
		);
		expectOnlyError(
			withEntities(bad),
			{ file: 'entities.csv', row: 4, column: 'type' },
			/^"sectr" is not an entity type/
		);
	});

	it('skips blank rows but counts them, like a spreadsheet does', () => {
		const text = [header, lines[0], '', ',,,,,,,,,,,,', lines[1], '   ', lines[2], '', '', ''].join(
			'\n'
		);
		expect(read(text).records.map((r) => r.row)).toEqual([2, 5, 7]);
		const bad = [header, '', '', lines[0]!.replace('organisation', 'org')].join('\n');
		expectOnlyError(
			withEntities(bad + '\n' + lines.slice(1).join('\n')),
			{ file: 'entities.csv', row: 4, column: 'type' },
			/^"org" is not/
		);
	});

	it('ignores trailing blank lines', () => {
		validOf(withEntities(entities + '\n\n\n,,,,\n\n'));
	});

	it('counts blank lines above the header', () => {
		expect(read('\n\n' + entities).records[0]!.row).toBe(4);
	});
});
