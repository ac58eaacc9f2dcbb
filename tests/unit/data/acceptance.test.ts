/**
 * The acceptance check: a copy of the good fixture with a duplicated id, a relation to a missing
 * id and a non-numeric year gives exactly those three errors, each with file, row and column.
 */
import { expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/data';
import { errorsOf, threeErrors } from './helpers';

it('reports exactly the three errors, located', () => {
	const errors = errorsOf(threeErrors());
	expect(errors.map((e) => ({ file: e.file, row: e.row, column: e.column }))).toEqual([
		{ file: 'entities.csv', row: 11, column: 'start_year' },
		{ file: 'events.csv', row: 4, column: 'id' },
		{ file: 'relations.csv', row: 7, column: 'to' }
	]);
	expect(errors.map(formatIssue)).toEqual([
		'entities.csv:11:start_year — "20l9" is not a whole year (expected a year from 1800 to 2100)',
		'events.csv:4:id — "wtdc" is already used at entities.csv:8',
		'relations.csv:7:to — "wtdc-2026" is not the id of any entity, event, SDG, WSIS action line, framework, goal, target or indicator'
	]);
});
