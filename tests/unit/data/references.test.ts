/** References between tables: every id a cell names exists, in the right table. */
import { describe, expect, it } from 'vitest';
import { errorsOf, expectOnlyError, goodFiles, setCell, validOf } from './helpers';

const good = goodFiles();
const edit = (file: string, row: number, column: string, value: string) =>
	setCell(good, file, row, column, value);
const ANY_NODE =
	'is not the id of any entity, event, SDG, WSIS action line, framework, goal, target or indicator';

describe('references', () => {
	it('reports a relation to a missing id', () => {
		expectOnlyError(
			edit('relations.csv', 2, 'to', 'itu-x'),
			{ file: 'relations.csv', row: 2, column: 'to' },
			`"itu-x" ${ANY_NODE}`
		);
		expectOnlyError(
			edit('relations.csv', 3, 'from', 'itu-q'),
			{ file: 'relations.csv', row: 3, column: 'from' },
			`"itu-q" ${ANY_NODE}`
		);
	});

	it('reports a list in a one-id column once, as a bad id', () => {
		expectOnlyError(
			edit('relations.csv', 2, 'from', 'itu-r;itu-t'),
			{ file: 'relations.csv', row: 2, column: 'from' },
			/^"itu-r;itu-t" is not a valid id/
		);
	});

	it('lets a relation point at any node table', () => {
		validOf(edit('relations.csv', 2, 'to', 'internet-use'));
	});

	it('reports an unknown source id', () => {
		expectOnlyError(
			edit('entities.csv', 4, 'source', 'seed-002;seed-009'),
			{ file: 'entities.csv', row: 4, column: 'source' },
			'"seed-009" is not an id in sources.csv'
		);
	});

	it('reports a missing event series, and a series that is not an entity', () => {
		expectOnlyError(
			edit('events.csv', 3, 'series', 'ppx'),
			{ file: 'events.csv', row: 3, column: 'series' },
			'"ppx" is not an id in entities.csv'
		);
		expectOnlyError(
			edit('events.csv', 3, 'series', 'wtdc-2022'),
			{ file: 'events.csv', row: 3, column: 'series' },
			'"wtdc-2022" is in events.csv, but series must be an id in entities.csv'
		);
	});

	it.each([
		['targets.csv', 2, 'goal', 'c2030-g9', '"c2030-g9" is not an id in goals.csv or sdgs.csv'],
		[
			'targets.csv',
			3,
			'framework',
			'connect-2040',
			'"connect-2040" is not an id in frameworks.csv'
		],
		[
			'targets.csv',
			4,
			'indicator',
			'internet-usage',
			'"internet-usage" is not an id in indicators.csv'
		],
		['goals.csv', 2, 'framework', 'connect-2020', '"connect-2020" is not an id in frameworks.csv'],
		['frameworks.csv', 2, 'adopted_by', 'pp-2014', `"pp-2014" ${ANY_NODE}`],
		['observations.csv', 3, 'indicator', 'internet', '"internet" is not an id in indicators.csv'],
		['observations.csv', 2, 'target', 'c2030-9.9', '"c2030-9.9" is not an id in targets.csv'],
		['facts.csv', 2, 'subject', 'itu-x', `"itu-x" ${ANY_NODE}`]
	])('reports %s:%i:%s pointing at a missing id', (file, row, column, value, message) => {
		expectOnlyError(edit(file, row, column, value), { file, row, column }, message);
	});

	it('accepts an SDG as the goal of a target', () => {
		validOf(edit('targets.csv', 2, 'goal', 'sdg-9'));
	});

	it('requires aligns_with_sdg to point at an SDG and contributes_to_target at a target', () => {
		expectOnlyError(
			edit('relations.csv', 10, 'to', 'itu-d'),
			{ file: 'relations.csv', row: 10, column: 'to' },
			'"itu-d" is not an SDG: aligns_with_sdg must point at an id in sdgs.csv ("itu-d" is in entities.csv)'
		);
		expectOnlyError(
			edit('relations.csv', 14, 'to', 'c2030-g2'),
			{ file: 'relations.csv', row: 14, column: 'to' },
			'"c2030-g2" is not a target: contributes_to_target must point at an id in targets.csv ("c2030-g2" is in goals.csv)'
		);
	});

	it('does not turn one unreadable table into an error per reference', () => {
		const errors = errorsOf({ ...good, 'entities.csv': '{"entities": []}' });
		expect(errors).toHaveLength(1);
		expect(errors[0]!.file).toBe('entities.csv');
		const noId = errorsOf(edit('sources.csv', 1, 'id', 'key'));
		expect(noId.map((e) => `${e.file}:${e.row}:${e.column}`)).toEqual(['sources.csv:1:id']);
	});
});
