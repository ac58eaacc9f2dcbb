import { describe, expect, it } from 'vitest';
import { addRow, errorsOf, expectOnlyError, goodFiles, validOf } from './helpers';
import type { DatasetFiles } from '../../../src/lib/data';

const row = (cells: Record<string, string>) =>
	addRow(goodFiles(), 'sdg_alignment.csv', {
		status: 'verified',
		source: 'seed-001',
		...cells
	});
const at = (column: string) => ({ file: 'sdg_alignment.csv', row: 2, column });

describe('checks of sdg_alignment.csv and sdg_targets.csv', () => {
	it('accepts stated, matrix and custodian rows that name an SDG or an SDG target', () => {
		let f: DatasetFiles = row({ from: 'giga', to: 'sdg-9', kind: 'stated' });
		f = addRow(f, 'sdg_alignment.csv', {
			from: 'wsis-c2',
			to: 'sdg-9.c',
			kind: 'matrix',
			status: 'verified',
			source: 'seed-001'
		});
		f = addRow(f, 'sdg_alignment.csv', {
			from: 'itu',
			to: 'sdg-9.c',
			kind: 'custodian',
			sdg_indicator: '9.c.1',
			status: 'verified',
			source: 'seed-001'
		});
		expect(validOf(f).model.sdgAlignment).toHaveLength(3);
	});

	it('refuses a derived link written by hand', () => {
		expectOnlyError(
			row({ from: 'itu', to: 'sdg-9', kind: 'derived' }),
			at('kind'),
			/^"derived" is not an alignment kind \(derived links are computed by the app/
		);
	});

	it('requires an SDG or an SDG target in to', () => {
		expectOnlyError(
			row({ from: 'giga', to: 'c2030-1.2', kind: 'stated' }),
			at('to'),
			/^"c2030-1\.2" is not an SDG or an SDG target .*it is in targets\.csv\)$/
		);
		expectOnlyError(
			row({ from: 'giga', to: 'sdg-99', kind: 'stated' }),
			at('to'),
			'"sdg-99" is not an id in sdgs.csv or sdg_targets.csv or targets.csv'
		);
	});

	it('starts a matrix row at a WSIS Action Line', () => {
		expectOnlyError(
			row({ from: 'giga', to: 'sdg-9', kind: 'matrix' }),
			at('from'),
			'a matrix row links a WSIS Action Line to an SDG, but "giga" is in entities.csv'
		);
	});

	it('needs the SDG indicator of the row’s target on a custodian row', () => {
		expectOnlyError(
			row({ from: 'itu', to: 'sdg-9.c', kind: 'custodian' }),
			at('sdg_indicator'),
			'required when kind is "custodian" (the SDG indicator, e.g. 9.c.1)'
		);
		expectOnlyError(
			row({ from: 'itu', to: 'sdg-9.c', kind: 'custodian', sdg_indicator: '17.8.1' }),
			at('sdg_indicator'),
			'indicator "17.8.1" does not belong to "sdg-9.c" (expected 9.c.<number>)'
		);
	});

	it('warns that a doubtful name’s alignment is never shown', () => {
		const r = validOf(row({ from: 'itu-quantum-academy', to: 'sdg-9', kind: 'stated' }));
		expect(r.warnings.map((w) => `${w.file}:${w.row}:${w.column} — ${w.message}`)).toEqual([
			'sdg_alignment.csv:2:from — "itu-quantum-academy" is flagged doubtful: its alignment is never shown or passed on'
		]);
	});

	it('ties an SDG target to its SDG', () => {
		const f = addRow(goodFiles(), 'sdg_targets.csv', {
			id: 'sdg-4.4',
			sdg: 'sdg-9',
			code: '4.4',
			status: 'partial',
			source: 'seed-001'
		});
		expectOnlyError(
			f,
			{ file: 'sdg_targets.csv', row: 2, column: 'code' },
			'code "4.4" is not a target of SDG 9 (expected 9.<number or letter>)'
		);
	});

	it('keeps years in range and a term from ending before it starts', () => {
		// The fixture's relations.csv has no year columns: add them, empty.
		const files = goodFiles();
		const withYears = {
			...files,
			'relations.csv': files['relations.csv']!.trim()
				.split('\n')
				.map((line, i) => line + (i ? ',,' : ',start_year,end_year'))
				.join('\n')
		};
		const f = addRow(withYears, 'relations.csv', {
			from: 'itu',
			type: 'heads',
			to: 'bdt',
			start_year: '2026',
			end_year: '2023',
			status: 'verified',
			source: 'seed-001'
		});
		expectOnlyError(
			f,
			{ file: 'relations.csv', row: 16, column: 'end_year' },
			'end_year 2023 is before start_year 2026'
		);
		const g = addRow(withYears, 'relations.csv', {
			from: 'itu',
			type: 'heads',
			to: 'bdt',
			start_year: '1700',
			status: 'verified',
			source: 'seed-001'
		});
		expect(errorsOf(g).map((e) => `${e.row}:${e.column} — ${e.message}`)).toEqual([
			'16:start_year — "1700" is out of range (expected a year from 1800 to 2100)'
		]);
	});
});
