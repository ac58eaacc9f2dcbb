import { describe, expect, it } from 'vitest';
import type { AtlasNode, Dataset, Relation } from '../../../src/lib/data/types';
import { observationsCsv } from '../../../src/lib/targets/csv';
import { frameworkHeading, targetFrameworks, targetRows } from '../../../src/lib/targets/overview';
import { servers } from '../../../src/lib/targets/serving';
import { obs, target } from './factories';

const prov = { status: 'verified' as const, source: ['s'], origin: { file: 'x.csv', row: 2 } };
const node = (
	id: string,
	kind: AtlasNode['kind'],
	type: string,
	patch: Partial<AtlasNode> = {}
): AtlasNode => ({
	id,
	name: id.toUpperCase(),
	kind,
	type,
	sectors: [],
	aliases: [],
	...prov,
	...patch
});
const rel = (from: string, type: Relation['type'], to: string, implicit = false): Relation => ({
	from,
	type,
	to,
	implicit,
	...prov
});

const t12 = target();
const t32 = target({
	id: 'c2030-3.2',
	code: '3.2',
	goal: 'c2030-g3',
	indicator: 'ewaste',
	targetValue: 30
});
const d = {
	frameworks: [
		{
			id: 'connect-2020',
			name: 'Connect 2020 Agenda',
			adoptedYear: 2014,
			deadlineYear: 2020,
			aliases: [],
			...prov
		},
		{
			id: 'connect-2030',
			name: 'Connect 2030 Agenda for Global Telecommunication/ICT Development',
			adoptedYear: 2018,
			deadlineYear: 2030,
			aliases: [],
			...prov
		},
		{ id: 'unused', name: 'Unused', aliases: [], ...prov }
	],
	goals: [],
	targets: [t12, t32, target({ id: 'c2020-1.2', framework: 'connect-2020', targetYear: 2020 })],
	indicators: [{ id: 'internet-use', name: 'Internet use', sdgIndicator: '17.8.1', ...prov }],
	observations: [obs(2023, 67), obs(2022, 22.3, { indicator: 'ewaste' })],
	nodes: [
		node('itu-d', 'entity', 'sector', { sectors: ['ITU-D'] }),
		node('giga', 'entity', 'initiative', { sectors: ['ITU-D'] }),
		node('fake', 'entity', 'initiative', { status: 'doubtful' }),
		node('ewaste-partnership', 'entity', 'partner', { sectors: ['ITU-T'] }),
		node('c2030-1.2', 'target', 'target'),
		node('c2030-3.2', 'target', 'target'),
		node('sdg-9', 'sdg', 'sdg', { sdg: 9 })
	],
	links: [
		rel('giga', 'contributes_to_target', 'c2030-1.2'),
		rel('fake', 'contributes_to_target', 'c2030-1.2'),
		rel('itu-d', 'measures', 'internet-use'),
		rel('ewaste-partnership', 'supports', 'c2030-3.2'),
		rel('c2030-3.2', 'aligns_with_sdg', 'sdg-9'),
		rel('c2030-1.2', 'target_of', 'itu-d', true)
	]
} as unknown as Dataset;

describe('targetFrameworks and headings', () => {
	it('lists frameworks with targets, Connect 2030 first', () => {
		expect(targetFrameworks(d).map((f) => f.id)).toEqual(['connect-2030', 'connect-2020']);
	});
	it('names the page after the framework', () => {
		expect(frameworkHeading(d.frameworks[1]!)).toBe('Connect 2030 targets');
		expect(frameworkHeading({ name: 'Broadband Commission 2025 Advocacy Targets' })).toBe(
			'Broadband Commission 2025 Advocacy Targets'
		);
		expect(frameworkHeading({ name: '2030 Agenda for Sustainable Development' })).toBe(
			'2030 Agenda for Sustainable Development: targets'
		);
	});
});

describe('servers', () => {
	it('lists entities linked to the target or its indicator, never doubtful ones or implicit links', () => {
		expect(servers(d, t12).map((s) => [s.node.id, s.viaIndicator])).toEqual([
			['giga', false],
			['itu-d', true]
		]);
	});
});

describe('targetRows', () => {
	it('keeps the framework’s targets with their statuses', () => {
		const rows = targetRows(d, 'connect-2030', 2026);
		expect(rows.map((r) => [r.target.code, r.status.status])).toEqual([
			['1.2', 'not-achieved'],
			['3.2', 'not-achieved']
		]);
	});
	it('filters by SDG (links or the indicator’s SDG code) and by the Sectors serving a target', () => {
		expect(
			targetRows(d, 'connect-2030', 2026, { sdg: [17], sector: [] }).map((r) => r.target.code)
		).toEqual(['1.2']);
		expect(
			targetRows(d, 'connect-2030', 2026, { sdg: [9], sector: [] }).map((r) => r.target.code)
		).toEqual(['3.2']);
		expect(
			targetRows(d, 'connect-2030', 2026, { sdg: [], sector: ['ITU-T'] }).map((r) => r.target.code)
		).toEqual(['3.2']);
		expect(targetRows(d, 'connect-2030', 2026, { sdg: [], sector: ['ITU-R'] })).toEqual([]);
	});
});

describe('observationsCsv', () => {
	it('writes a header and one row per observation with source titles', () => {
		const text = observationsCsv(
			[obs(2023, 67, { id: 'o1', source: ['a', 'b'] })],
			new Map([
				['a', { id: 'a', title: 'F&F 2023', kind: 'report', origin: { file: 's', row: 2 } }]
			])
		);
		const [head, row] = text.split(/\r?\n/);
		expect(head).toBe(
			'indicator,region,year,value,unit,edition,nature,status,status_note,source,source_titles,target,id'
		);
		expect(row).toBe(
			'internet-use,World,2023,67,% of population,ITU Facts and Figures 2023,estimated,verified,,a;b,F&F 2023; b,,o1'
		);
	});
	it('names the data version and build date on every row when given them', () => {
		const text = observationsCsv(
			[obs(2022, 60, { id: 'o1' }), obs(2023, 67, { id: 'o2' })],
			new Map(),
			{ version: '3f2a1c9d', builtAt: '2026-11-23' }
		);
		const lines = text.split(/\r?\n/);
		expect(lines[0]).toMatch(/,target,id,data_version,data_built$/);
		expect(lines.slice(1).map((l) => l.split(',').slice(-2).join(','))).toEqual([
			'3f2a1c9d,2026-11-23',
			'3f2a1c9d,2026-11-23'
		]);
	});
});
