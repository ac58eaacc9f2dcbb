/** validateDataset as a whole: tables, issue order and format, robustness. */
import { describe, expect, it, vi } from 'vitest';
import { formatIssue, REQUIRED_TABLES, TABLE_FILES, validateDataset } from '../../../src/lib/data';
import type { DatasetFiles } from '../../../src/lib/data';
import { errorsOf, goodFiles, setCell, validOf } from './helpers';

const good = goodFiles();
const without = (...names: string[]): DatasetFiles =>
	Object.fromEntries(Object.entries(good).filter(([name]) => !names.includes(name)));

describe('tables', () => {
	it('requires sources, entities and relations', () => {
		expect(REQUIRED_TABLES).toEqual(['sources.csv', 'entities.csv', 'relations.csv']);
		const errors = errorsOf(without('entities.csv'));
		expect(errors).toHaveLength(1);
		expect(formatIssue(errors[0]!)).toMatch(
			/^entities\.csv — this required table is missing \(add entities\.csv with the columns id, name, type, sector,/
		);
	});

	it('reads an absent optional table as empty', () => {
		const { model } = validOf(without('facts.csv', 'observations.csv'));
		expect(model.facts).toEqual([]);
		expect(model.observations).toEqual([]);
	});

	it('warns about a file that is not a table, and accepts names with a folder', () => {
		const files = {
			...without('entities.csv'),
			'data/entities.csv': good['entities.csv']!,
			'notes.csv': 'a,b\n',
			'Facts.csv': 'x'
		};
		const result = validateDataset(files);
		expect(result.ok).toBe(true);
		expect(result.warnings.map(formatIssue)).toEqual([
			'Facts.csv — not a table of the dataset, so it is ignored (did you mean "facts.csv"? File names are lower-case)',
			expect.stringMatching(
				/^notes\.csv — not a table of the dataset, so it is ignored \(the tables are sources\.csv, entities\.csv, /
			)
		]);
	});

	it('reports a file whose content is not text', () => {
		const errors = errorsOf({ ...good, 'facts.csv': 42 as unknown as string });
		expect(errors.map(formatIssue)).toEqual(['facts.csv — the file content is not text']);
	});
});

describe('issues', () => {
	it('sorts every problem by table order, then row, then column', () => {
		let files = setCell(good, 'relations.csv', 3, 'to', 'nowhere');
		files = setCell(files, 'entities.csv', 5, 'start_year', 'x');
		files = setCell(files, 'entities.csv', 5, 'type', 'y');
		files = setCell(files, 'entities.csv', 2, 'status', 'z');
		files = setCell(files, 'sources.csv', 9, 'kind', 'blog');
		expect(errorsOf(files).map((e) => `${e.file}:${e.row}:${e.column}`)).toEqual([
			'sources.csv:9:kind',
			'entities.csv:2:status',
			'entities.csv:5:type',
			'entities.csv:5:start_year',
			'relations.csv:3:to'
		]);
	});

	it('formats as file:row:column — message, leaving out what is missing', () => {
		const base = { file: 'entities.csv', message: 'm', severity: 'error' as const };
		expect(formatIssue({ ...base, row: 14, column: 'start_year' })).toBe(
			'entities.csv:14:start_year — m'
		);
		expect(formatIssue({ ...base, row: 14 })).toBe('entities.csv:14 — m');
		expect(formatIssue(base)).toBe('entities.csv — m');
	});

	it('keeps a long or multi-line value on one line in a message', () => {
		const [issue] = errorsOf(setCell(good, 'entities.csv', 3, 'type', 'a\nb' + 'c'.repeat(100)));
		expect(issue!.message).toMatch(/^"a\\nbc+…" is not an entity type/);
		expect(formatIssue(issue!)).not.toContain('\n');
	});
});

describe('robustness', () => {
	it('calls onProgress once per table, in order', () => {
		const progress = vi.fn();
		validateDataset(good, progress);
		expect(progress.mock.calls).toEqual(
			TABLE_FILES.map((file, i) => [i + 1, TABLE_FILES.length, file])
		);
	});

	it('is not stopped by a failing progress callback', () => {
		const result = validateDataset(good, () => {
			throw new Error('display gone');
		});
		expect(result.ok).toBe(true);
	});

	it('reports more problems than a call stack holds arguments', { timeout: 60_000 }, () => {
		const relations =
			'from,type,to,status,source\n' + 'gone,part_of,nowhere,verified,seed-000\n'.repeat(80_000);
		const errors = errorsOf({ ...good, 'relations.csv': relations });
		expect(errors).toHaveLength(160_000);
		expect(formatIssue(errors.at(-1)!)).toBe(
			'relations.csv:80001:to — "nowhere" is not the id of any entity, event, SDG, WSIS action line, framework, goal, target or indicator'
		);
	});

	it.each([null, undefined, 42, 'entities.csv', []])('never throws, even given %s', (input) => {
		const result = validateDataset(input as unknown as DatasetFiles);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
	});
});
