/** The model built from the good fixture: typed rows, nodes and links. */
import { describe, expect, it } from 'vitest';
import { TABLE_FILES } from '../../../src/lib/data';
import { goodFiles, setCell, validOf } from './helpers';

const good = goodFiles();

describe('the good fixture', () => {
	const { model, warnings } = validOf(good);

	it('is valid without warnings and has every table', () => {
		expect(warnings).toEqual([]);
		expect(Object.keys(good).sort()).toEqual([...TABLE_FILES].sort());
		expect(model.entities).toHaveLength(12);
		expect(model.relations).toHaveLength(14);
		expect(model.observations[2]!.value).toBe(95.4);
	});

	it('types rows with camelCase fields and their spreadsheet origin', () => {
		const ccitt = model.entities.find((e) => e.id === 'ccitt')!;
		expect(ccitt).toMatchObject({
			type: 'advisory_body',
			sectors: ['ITU-T'],
			aliases: ['CCITT'],
			startYear: 1956,
			endYear: 1992,
			status: 'partial',
			source: ['itu-history-pp-1992'],
			origin: { file: 'entities.csv', row: 10 }
		});
		expect(model.events[2]!.start).toEqual({
			year: 2022,
			month: 6,
			day: 6,
			precision: 'day',
			text: '2022-06-06'
		});
		expect(model.entities[3]!.source).toEqual(['seed-002', 'itu-history-pp-1992']);
	});

	it('builds one node per node-table row, with readable names', () => {
		expect(model.nodes).toHaveLength(12 + 4 + 3 + 3 + 2 + 2 + 3 + 2);
		const byId = new Map(model.nodes.map((n) => [n.id, n]));
		expect(byId.get('itu-d')).toMatchObject({
			kind: 'entity',
			type: 'sector',
			name: 'Telecommunication Development Sector',
			startYear: 1992
		});
		expect(byId.get('pp-2018')).toMatchObject({
			kind: 'event',
			type: 'instance',
			startYear: 2018,
			endYear: 2018
		});
		expect(byId.get('sdg-9')).toMatchObject({
			kind: 'sdg',
			type: 'sdg',
			sdg: 9,
			name: 'SDG 9: Industry, innovation and infrastructure'
		});
		expect(byId.get('wsis-c2')?.name).toBe('C2: Information and communication infrastructure');
		expect(byId.get('connect-2030')).toMatchObject({
			kind: 'framework',
			startYear: 2018,
			endYear: 2030
		});
		expect(byId.get('c2030-g1')?.name).toBe('Connect 2030 goal 1: Growth');
		expect(byId.get('c2030-1.2')).toMatchObject({
			kind: 'target',
			name: 'Connect 2030 target 1.2',
			endYear: 2023
		});
		expect(byId.get('internet-use')).toMatchObject({ kind: 'indicator', aliases: ['17.8.1'] });
		expect(byId.get('itu-quantum-academy')).toMatchObject({
			status: 'doubtful',
			statusNote: 'Named only in seed 004; no ITU page found.'
		});
	});

	it('adds the implicit links stated by columns, with the provenance of their row', () => {
		const implicit = model.links.filter((l) => l.implicit);
		expect(implicit.map((l) => `${l.from} ${l.type} ${l.to}`)).toEqual([
			'pp-2018 instance_of pp',
			'wtdc-2022 instance_of wtdc',
			'wtisd-2023 instance_of wtisd',
			'c2030-g1 goal_of connect-2030',
			'c2030-g2 goal_of connect-2030',
			'c2030-1.2 target_of c2030-g1',
			'c2030-2.1.a target_of c2030-g2',
			'sdg-9.c target_of sdg-9'
		]);
		expect(implicit[2]).toMatchObject({
			status: 'seed-only',
			source: ['seed-000'],
			origin: { file: 'events.csv', row: 5 }
		});
		expect(model.links.filter((l) => !l.implicit)).toEqual(model.relations);
	});

	it('links a target without a goal to its framework', () => {
		const { model } = validOf(setCell(good, 'targets.csv', 4, 'goal', ''));
		expect(model.links.at(-1)).toMatchObject({
			from: 'sdg-9.c',
			type: 'target_of',
			to: 'sdg-agenda-2030',
			implicit: true
		});
	});

	it('serialises to JSON and back unchanged', () => {
		expect(JSON.parse(JSON.stringify(model))).toEqual(model);
	});
});
