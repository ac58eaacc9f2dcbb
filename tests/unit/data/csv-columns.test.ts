/** The header row and the shape of each row: extra, missing or repeated columns, bad quotes. */
import { describe, expect, it } from 'vitest';
import { COLUMN_SPECS, readCsv, validateDataset } from '../../../src/lib/data';
import { errorsOf, goodFiles, validOf } from './helpers';

const good = goodFiles();
const entities = good['entities.csv']!;
const [header, ...lines] = entities.trim().split('\n') as [string, ...string[]];
const read = (text: string) => readCsv('entities.csv', text, COLUMN_SPECS['entities.csv']);
const withEntities = (text: string) => ({ ...good, 'entities.csv': text });

describe('columns and row shapes', () => {
	it('warns about an extra column, naming it, and ignores its values', () => {
		const text = entities.replace(/\n/g, ',x\n').replace(/^(.*?),x\n/, '$1,notes\n');
		const result = validOf(withEntities(text));
		expect(result.warnings).toEqual([
			{
				file: 'entities.csv',
				row: 1,
				column: 'notes',
				severity: 'warning',
				message: 'column "notes" is not part of entities.csv; its values are ignored'
			}
		]);
		expect(result.model.entities[0]).not.toHaveProperty('notes');
	});

	it('suggests the contract name for a column written in another case', () => {
		const text = entities.replace('start_year', 'Start_Year');
		const result = validateDataset(withEntities(text));
		expect(result.warnings.map((w) => w.message)).toEqual([
			'column "Start_Year" is not part of entities.csv; its values are ignored (did you mean "start_year"?)'
		]);
	});

	it('reports each missing required column once, not once per row', () => {
		const drop = (text: string, column: number) =>
			text
				.trim()
				.split('\n')
				.map((l) =>
					l
						.split(',')
						.filter((_, i) => i !== column)
						.join(',')
				)
				.join('\n');
		// `type` is the third column and no value before it has a comma.
		const errors = errorsOf(withEntities(drop(entities, 2)));
		expect(errors).toEqual([
			{
				file: 'entities.csv',
				row: 1,
				column: 'type',
				severity: 'error',
				message: 'the required column "type" is missing from the header row'
			}
		]);
	});

	it('reports a repeated column', () => {
		const text = entities.replace('description,', 'name,');
		expect(errorsOf(withEntities(text)).map((e) => `${e.row}:${e.column} ${e.message}`)).toEqual([
			'1:name column "name" appears 2 times (columns 2, 5); keep only one'
		]);
	});

	it('reports rows with too many or too few values, located', () => {
		const text = [
			header,
			lines[0],
			lines[1] + ',extra',
			lines[2]!.split(',').slice(0, 5).join(','),
			...lines.slice(3)
		].join('\n');
		const errors = errorsOf(withEntities(text)).filter((e) => e.file === 'entities.csv');
		expect(errors).toEqual([
			{
				file: 'entities.csv',
				row: 3,
				severity: 'error',
				message:
					'this row has 14 values but the header has 13 columns (a value that contains a comma must be in double quotes)'
			},
			{
				file: 'entities.csv',
				row: 4,
				severity: 'error',
				message:
					'this row has 5 values but the header has 13 columns (a comma is missing, or the row was cut short)'
			}
		]);
	});

	it('reports a stray or unclosed quote at the row where it opens', () => {
		const stray = [
			header,
			lines[0],
			lines[1]!.replace('Radiocommunication Sector', '"Radiocommunication Sector'),
			...lines.slice(2)
		];
		expect(errorsOf(withEntities(stray.join('\n')))[0]).toEqual({
			file: 'entities.csv',
			row: 3,
			severity: 'error',
			message:
				'a quoted value is not closed where it should be: a " is missing or stray (a quote inside a quoted value is written "")'
		});
		const unclosed = [
			header,
			...lines.slice(0, -1),
			lines.at(-1)!.replace('ITU Academy', '"ITU Academy')
		];
		expect(errorsOf(withEntities(unclosed.join('\n')))).toEqual([
			{
				file: 'entities.csv',
				row: 13,
				severity: 'error',
				message:
					'a quoted value is never closed (a " is missing), so the rest of the file was read as part of this row'
			}
		]);
	});

	it('warns about a column without a name only when it holds values', () => {
		expect(read(entities.replace(/\n/g, ',\n')).issues).toEqual([]);
		const text = entities.replace(/\n/g, ',v\n').replace(/^(.*?),v\n/, '$1,\n');
		expect(read(text).issues.map((i) => i.message)).toEqual([
			'column 14 has no name in the header row; its values are ignored'
		]);
	});
});
