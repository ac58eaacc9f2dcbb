/** Unique ids, and the order and consistency checks across rows. */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/lib/data';
import { addRow, expectOnlyError, goodFiles, lastRow, setCell, validOf } from './helpers';

const good = goodFiles();
const edit = (file: string, row: number, column: string, value: string) =>
	setCell(good, file, row, column, value);

describe('unique ids', () => {
	it('reports a duplicate id with the row of the first one', () => {
		const files = addRow(good, 'entities.csv', {
			id: 'itu-d',
			name: 'Again',
			type: 'sector',
			status: 'verified',
			source: 'seed-001'
		});
		expectOnlyError(
			files,
			{ file: 'entities.csv', row: lastRow(files, 'entities.csv'), column: 'id' },
			'"itu-d" is already used at entities.csv:5'
		);
	});

	it('reports an id used in two node tables', () => {
		expectOnlyError(
			edit('events.csv', 4, 'id', 'wtdc'),
			{ file: 'events.csv', row: 4, column: 'id' },
			'"wtdc" is already used at entities.csv:8'
		);
	});

	it('reports duplicates within sources, observations and facts, each its own namespace', () => {
		expectOnlyError(
			edit('facts.csv', 5, 'id', 'fact-itu-member-states'),
			{ file: 'facts.csv', row: 5, column: 'id' },
			'"fact-itu-member-states" is already used at facts.csv:2'
		);
		const sources = addRow(good, 'sources.csv', { id: 'seed-000', title: 'Again', kind: 'seed' });
		expectOnlyError(
			sources,
			{ file: 'sources.csv', row: lastRow(sources, 'sources.csv'), column: 'id' },
			'"seed-000" is already used at sources.csv:2'
		);
		// A fact may share an id with a node or a source: they are separate namespaces.
		validOf(edit('facts.csv', 5, 'id', 'itu'));
	});
});
describe('order and consistency', () => {
	it('reports an end year before the start year', () => {
		expectOnlyError(
			edit('entities.csv', 10, 'end_year', '1950'),
			{ file: 'entities.csv', row: 10, column: 'end_year' },
			'end_year 1950 is before start_year 1956'
		);
	});

	it('reports an end date before the start date, comparing at the shared precision', () => {
		expectOnlyError(
			edit('events.csv', 3, 'end_date', '2018-10-28'),
			{ file: 'events.csv', row: 3, column: 'end_date' },
			'end_date 2018-10-28 is before start_date 2018-10-29'
		);
		validOf(edit('events.csv', 3, 'end_date', '2018-10'));
	});

	it('reports a deadline before the adoption year', () => {
		expectOnlyError(
			edit('frameworks.csv', 2, 'deadline_year', '2017'),
			{ file: 'frameworks.csv', row: 2, column: 'deadline_year' },
			'deadline_year 2017 is before adopted_year 2018'
		);
	});

	it('warns (without failing) when an observation unit differs from its indicator unit', () => {
		const result = validOf(edit('observations.csv', 2, 'unit', '% of population'));
		expect(result.warnings).toEqual([
			{
				file: 'observations.csv',
				row: 2,
				column: 'unit',
				severity: 'warning',
				message:
					'unit "% of population" differs from the unit of indicator "internet-use" ("% of individuals")'
			}
		]);
	});

	it('warns about a repeated relation and a relation to itself', () => {
		const files = addRow(good, 'relations.csv', {
			from: 'bdt',
			type: 'part_of',
			to: 'itu-d',
			status: 'verified',
			source: 'seed-002'
		});
		const result = validateDataset(setCell(files, 'relations.csv', 12, 'to', 'itu'));
		expect(result.ok).toBe(true);
		expect(result.warnings.map((w) => `${w.row}:${w.column} ${w.message}`)).toEqual([
			'12:to "itu" is related to itself',
			'16:from "bdt part_of itu-d" is already stated at relations.csv:5'
		]);
	});
});
