import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { safeCell, tableCsv } from '../../../src/lib/export/safeCsv';
import { VIEWS } from '../../../src/lib/views/registry';
import { data, st } from '../handout/shipped';

const stamp = { version: '0123abcd', builtAt: '2026-12-07' };
const parse = (text: string) => Papa.parse<string[]>(text.trim()).data;

describe('safe CSV cells', () => {
	it('neutralises text a spreadsheet would run as a formula', () => {
		for (const bad of ['=1+1', '+A1', '-A2', '@SUM(A1)', '\tx', '\rx'])
			expect(safeCell(bad)).toBe(`'${bad}`);
		expect(safeCell('ITU-D')).toBe('ITU-D');
		expect(safeCell(-2.5)).toBe('-2.5');
		expect(safeCell('-2')).toBe('-2');
		expect(safeCell(undefined)).toBe('');
	});
	it('writes the header, the rows and the data stamp on every row', () => {
		const text = tableCsv(
			{ columns: ['a', 'b'], rows: [{ a: '=HYPERLINK("x")', b: 3 }, { a: 'plain' }] },
			stamp
		);
		expect(parse(text)).toEqual([
			['a', 'b', 'data_version', 'data_built'],
			[`'=HYPERLINK("x")`, '3', '0123abcd', '2026-12-07'],
			['plain', '', '0123abcd', '2026-12-07']
		]);
	});
});

const table = (view: keyof typeof VIEWS, name: string, qs: string) => {
	const spec = VIEWS[view].exports.find((e) => e.name === name)!;
	return spec.table(data, st(qs), { asOfYear: 2026, now: Date.UTC(2026, 11, 7) });
};

describe('what each view exports', () => {
	it('graph: the nodes and relations shown, and only those', () => {
		const all = table('graph', 'itu-atlas-graph-nodes', '');
		const sectors = table('graph', 'itu-atlas-graph-nodes', 'type=sector');
		const known = new Set(data.nodes.map((n) => n.id));
		expect(all.rows.length).toBeGreaterThan(100);
		expect(all.rows.every((r) => known.has(r.id as string))).toBe(true);
		expect(sectors.rows.map((r) => r.type)).toEqual(['sector', 'sector', 'sector']);
		const links = table('graph', 'itu-atlas-graph-relations', 'type=sector');
		const ids = new Set(sectors.rows.map((r) => r.id));
		for (const r of links.rows) {
			expect(ids.has(r.from as string)).toBe(true);
			expect(ids.has(r.to as string)).toBe(true);
		}
	});
	it('timeline: the items that overlap the year range', () => {
		const items = table('timeline', 'itu-atlas-timeline-items', 'years=2003-2005');
		expect(items.rows.length).toBeGreaterThan(0);
		for (const r of items.rows) {
			expect((r.start as string) <= '2005-12-31').toBe(true);
			expect((r.end as string) >= '2003-01-01').toBe(true);
		}
		expect(items.rows.some((r) => r.id === 'wsis-2003')).toBe(true);
	});
	it('targets: one row per target of the overview, with value, target, status and gap', () => {
		const t = table('targets', 'itu-atlas-targets-overview', '');
		const connect = data.targets.filter((x) => x.framework === 'connect-2030');
		expect(t.rows).toHaveLength(connect.length);
		expect(t.columns).toEqual(
			expect.arrayContaining(['value', 'target_value', 'status', 'gap', 'deadline'])
		);
		const row = t.rows.find((r) => r.target === 'c2030-1.2')!;
		expect(row.code).toBe('1.2');
		expect(row.target_value).toBe(connect.find((x) => x.id === 'c2030-1.2')!.targetValue);
	});
});
