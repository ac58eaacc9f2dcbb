/** Column typing, formats: years, dates, numbers, colours, web addresses, days of the year. */
import { describe, expect, it } from 'vitest';
import { errorsOf, expectOnlyError, goodFiles, setCell } from './helpers';

const good = goodFiles();
const edit = (file: string, row: number, column: string, value: string) =>
	setCell(good, file, row, column, value);

describe('column typing: formats', () => {
	it('reports a year that is not a whole number, as in the README', () => {
		expectOnlyError(
			edit('entities.csv', 14 - 4, 'start_year', '19x2'),
			{ file: 'entities.csv', row: 10, column: 'start_year' },
			'"19x2" is not a whole year (expected a year from 1800 to 2100)'
		);
	});

	it('reports a year out of range', () => {
		expectOnlyError(
			edit('entities.csv', 2, 'start_year', '1750'),
			{ file: 'entities.csv', row: 2, column: 'start_year' },
			'"1750" is out of range (expected a year from 1800 to 2100)'
		);
	});

	it.each([
		['29/10/2018', 'is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2003-12-10)'],
		['2018-13-29', 'is not a real date (there is no month 13)'],
		['2018-02-29', 'is not a real date (February 2018 has no day 29)'],
		['1700-01-01', 'is out of range (expected a year from 1800 to 2100)']
	])('reports the bad date %s', (value, problem) => {
		expectOnlyError(
			edit('events.csv', 3, 'start_date', value),
			{ file: 'events.csv', row: 3, column: 'start_date' },
			`"${value}" ${problem}`
		);
	});

	it('accepts year-only, year-month and leap-day dates', () => {
		let files = edit('events.csv', 3, 'start_date', '2018');
		files = setCell(files, 'events.csv', 3, 'end_date', '2018-11');
		files = setCell(files, 'events.csv', 4, 'start_date', '2020-02-29');
		files = setCell(files, 'events.csv', 4, 'end_date', '');
		expect(() => errorsOf(files)).toThrow('expected errors, the dataset is valid');
	});

	it.each([
		['67%', '"67%" is not a number (write it without the % sign: 67)'],
		['1,000', '"1,000" is not a number (write it without thousands separators: 1000)'],
		['67,5', '"67,5" is not a number (use a point for decimals: 67.5)'],
		['abc', '"abc" is not a number (expected digits such as 42 or 3.5)']
	])('reports the bad number %s', (value, message) => {
		expectOnlyError(
			edit('observations.csv', 2, 'value', value),
			{ file: 'observations.csv', row: 2, column: 'value' },
			message
		);
	});

	it('reports a whole number out of its range', () => {
		expectOnlyError(
			edit('sdgs.csv', 3, 'number', '18'),
			{ file: 'sdgs.csv', row: 3, column: 'number' },
			'"18" is out of range (expected a whole number from 1 to 17)'
		);
	});

	it('reports a bad colour', () => {
		expectOnlyError(
			edit('sdgs.csv', 2, 'colour', 'red'),
			{ file: 'sdgs.csv', row: 2, column: 'colour' },
			'"red" is not a colour (expected #RRGGBB, e.g. #E5243B)'
		);
	});

	it('reports a web address without http(s)://', () => {
		expectOnlyError(
			edit('sources.csv', 7, 'url', 'www.itu.int'),
			{ file: 'sources.csv', row: 7, column: 'url' },
			/^"www\.itu\.int" is not a web address \(expected it to start with http:\/\/ or https:\/\//
		);
	});

	it('reports a fixed date that is not MM-DD', () => {
		expectOnlyError(
			edit('entities.csv', 9, 'fixed_date', '17-May'),
			{ file: 'entities.csv', row: 9, column: 'fixed_date' },
			'"17-May" is not a day of the year (expected MM-DD, e.g. 05-17)'
		);
		expectOnlyError(
			edit('entities.csv', 9, 'fixed_date', '02-30'),
			{ file: 'entities.csv', row: 9, column: 'fixed_date' },
			'"02-30" is not a day of the year (February has no day 30)'
		);
	});
});
