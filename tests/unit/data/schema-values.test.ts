/** Column typing, text and choices: required values, enums, ids, lists and status notes. */
import { describe, expect, it } from 'vitest';
import { errorsOf, expectOnlyError, goodFiles, setCell } from './helpers';

const good = goodFiles();
const edit = (file: string, row: number, column: string, value: string) =>
	setCell(good, file, row, column, value);

describe('column typing: values and choices', () => {
	it('reports a missing required value', () => {
		expectOnlyError(
			edit('entities.csv', 3, 'name', ''),
			{ file: 'entities.csv', row: 3, column: 'name' },
			'required value is missing'
		);
	});

	it('treats a cell of spaces as empty', () => {
		expectOnlyError(
			edit('relations.csv', 4, 'from', '   '),
			{ file: 'relations.csv', row: 4, column: 'from' },
			'required value is missing'
		);
	});

	it('reports a value outside an enum, listing the allowed values', () => {
		const issue = expectOnlyError(
			edit('entities.csv', 7, 'type', 'comittee'),
			{ file: 'entities.csv', row: 7, column: 'type' },
			/^"comittee" is not an entity type \(expected one of: organisation, sector, secretariat, /
		);
		expect(issue.message).toContain('treaty, partner)');
	});

	it('suggests the allowed value that differs only in case or spacing', () => {
		expectOnlyError(
			edit('entities.csv', 7, 'type', 'Governing Body'),
			{ file: 'entities.csv', row: 7, column: 'type' },
			/; did you mean "governing_body"\?\)$/
		);
	});

	it('reports a badly formed id', () => {
		expectOnlyError(
			edit('entities.csv', 13, 'id', 'ITU Quantum'),
			{ file: 'entities.csv', row: 13, column: 'id' },
			/^"ITU Quantum" is not a valid id \(expected lower-case letters a-z and digits, with single - or \. between them/
		);
	});
	it('requires status_note when status is conflict', () => {
		expectOnlyError(
			edit('facts.csv', 3, 'status_note', ''),
			{ file: 'facts.csv', row: 3, column: 'status_note' },
			'required when status is "conflict" (say which sources disagree and what each one claims)'
		);
	});

	it('requires status_note when status is doubtful, even if other cells are wrong too', () => {
		let files = edit('entities.csv', 13, 'status_note', '');
		files = setCell(files, 'entities.csv', 13, 'type', 'club');
		const errors = errorsOf(files);
		expect(errors.map((e) => [e.row, e.column])).toEqual([
			[13, 'type'],
			[13, 'status_note']
		]);
		expect(errors[1]!.message).toBe(
			'required when status is "doubtful" (say why the row is doubtful)'
		);
	});

	it('checks each item of a ;-separated list, trimming and dropping empty items', () => {
		expectOnlyError(
			edit('entities.csv', 6, 'sector', 'ITU-D; ITU-X ;'),
			{ file: 'entities.csv', row: 6, column: 'sector' },
			'"ITU-X" is not a sector (expected one of: ITU-R, ITU-T, ITU-D, GS, ITU)'
		);
		expectOnlyError(
			edit('entities.csv', 6, 'source', 'seed-002; Seed 1'),
			{ file: 'entities.csv', row: 6, column: 'source' },
			/^"Seed 1" is not a valid id/
		);
		expectOnlyError(
			edit('entities.csv', 6, 'source', ' ; ;'),
			{ file: 'entities.csv', row: 6, column: 'source' },
			'required value is missing (the cell only has ; separators)'
		);
	});

	it('tells that implicit relation types are not written in relations.csv', () => {
		expectOnlyError(
			edit('relations.csv', 2, 'type', 'instance_of'),
			{ file: 'relations.csv', row: 2, column: 'type' },
			'"instance_of" is not a relation type (it is added automatically from the series column of events.csv; do not write it in relations.csv)'
		);
	});

	it('reports every bad cell of a row, in column order', () => {
		let files = edit('entities.csv', 4, 'end_year', 'soon');
		files = setCell(files, 'entities.csv', 4, 'type', 'thing');
		files = setCell(files, 'entities.csv', 4, 'name', '');
		expect(errorsOf(files).map((e) => `${e.row}:${e.column}`)).toEqual([
			'4:name',
			'4:type',
			'4:end_year'
		]);
	});
});
