/** "Did you mean": a header typo is a located warning naming the ignored column and the guess. */
import { describe, expect, it } from 'vitest';
import { editDistance, nearestColumn } from '../../../src/lib/data/header';
import { goodFiles, validOf } from './helpers';

const good = goodFiles();
const entities = good['entities.csv']!;
const withEntities = (text: string) => ({ ...good, 'entities.csv': text });

describe('a misspelt optional column', () => {
	it('is a warning at row 1 in that column, naming it and the column it probably is', () => {
		const result = validOf(withEntities(entities.replace('start_year', 'start_yaer')));
		expect(result.warnings).toEqual([
			{
				file: 'entities.csv',
				row: 1,
				column: 'start_yaer',
				severity: 'warning',
				message:
					'column "start_yaer" is not part of entities.csv; its values are ignored (did you mean "start_year"?)'
			}
		]);
	});

	it.each([
		['descripton', 'description'],
		['sectr', 'sector'],
		['aliasses', 'aliases'],
		['End Year', 'end_year']
	])('%s → %s', (typo, meant) => {
		const result = validOf(withEntities(entities.replace(meant, typo)));
		expect(result.warnings.map((w) => w.message)).toEqual([
			`column "${typo}" is not part of entities.csv; its values are ignored (did you mean "${meant}"?)`
		]);
	});

	it('suggests nothing for a name far from every column, or one already present', () => {
		expect(nearestColumn('population', ['start_year', 'end_year'])).toBeUndefined();
		const text = entities.replace('\n', ',status_not\n');
		const result = validOf(withEntities(text.replace(/\n(.+)/g, '\n$1,')));
		expect(result.warnings.map((w) => w.message)).toEqual([
			'column "status_not" is not part of entities.csv; its values are ignored'
		]);
	});

	it('counts a swap of two neighbouring letters as one edit', () => {
		expect(editDistance('yaer', 'year')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});
});
