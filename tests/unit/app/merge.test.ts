import { describe, expect, it } from 'vitest';
import { locateIssue, mergeFiles } from '../../../src/lib/data/merge';

const embedded = {
	'entities.csv': 'id,name,status\na,A,verified\nb,B,verified\n',
	'sources.csv': 'id,title\ns,S\n'
};

describe('mergeFiles', () => {
	it('replaces a table with the user file', () => {
		const m = mergeFiles(embedded, [
			{ name: 'entities.csv', table: 'entities.csv', mode: 'replace', text: 'id,name\nz,Z\n' }
		]);
		expect(m.files['entities.csv']).toBe('id,name\nz,Z\n');
		expect(m.files['sources.csv']).toBe(embedded['sources.csv']);
	});

	it('extends a table, keeping every column of both files', () => {
		const m = mergeFiles(embedded, [
			{ name: 'mine.csv', table: 'entities.csv', mode: 'extend', text: 'name,id,extra\nC,c,x\n' }
		]);
		const lines = m.files['entities.csv']!.split(/\r?\n/);
		expect(lines[0]).toBe('id,name,status,extra');
		expect(lines.slice(1)).toEqual(['a,A,verified,', 'b,B,verified,', 'c,C,,x']);
	});

	it('maps a problem in appended rows back to the user file and row', () => {
		const m = mergeFiles(embedded, [
			{ name: 'mine.csv', table: 'entities.csv', mode: 'extend', text: 'id,name\nc,C\nd,D\n' }
		]);
		const issue = {
			file: 'entities.csv',
			row: 5,
			column: 'id',
			message: 'x',
			severity: 'error' as const
		};
		expect(locateIssue(issue, m.spans)).toMatchObject({
			file: 'mine.csv (→ entities.csv)',
			row: 3
		});
		const embeddedRow = { ...issue, row: 3 };
		expect(locateIssue(embeddedRow, m.spans)).toEqual(embeddedRow);
	});

	it('counts blank rows and multi-line cells of the user file like a spreadsheet does', () => {
		// Row 1 header, row 2 c, row 3 blank, row 4 d (a cell over two lines), row 5 blank, row 6 e.
		const text = 'id,name\nc,C\n\nd,"D\nsecond line"\n,\ne,E\n';
		const m = mergeFiles(embedded, [
			{ name: 'mine.csv', table: 'entities.csv', mode: 'extend', text }
		]);
		expect(m.files['entities.csv']!.split(/\r?\n/).filter((l) => /^[cde],/.test(l))).toHaveLength(
			3
		);
		const at = (row: number) =>
			locateIssue(
				{ file: 'entities.csv', row, column: 'id', message: 'x', severity: 'error' },
				m.spans
			).row;
		// Combined rows 4, 5, 6 are the user's c, d, e.
		expect([at(4), at(5), at(6)]).toEqual([2, 4, 6]);
	});

	it('leaves rows of a replaced table under the user file name', () => {
		const m = mergeFiles(embedded, [
			{ name: 'entities.csv', table: 'entities.csv', mode: 'replace', text: 'id\nz\n' }
		]);
		const issue = {
			file: 'entities.csv',
			row: 2,
			column: 'id',
			message: 'x',
			severity: 'error' as const
		};
		expect(locateIssue(issue, m.spans)).toMatchObject({ file: 'entities.csv', row: 2 });
	});
});
