/** The synthetic dataset generator used by the benchmarks. */
import { describe, expect, it } from 'vitest';
import { makeSyntheticDataset, seededRandom } from '../../../scripts/synthetic';
import { TABLE_FILES } from '../../../src/lib/data';
import { validOf } from './helpers';

describe('makeSyntheticDataset', () => {
	const files = makeSyntheticDataset({ nodes: 400, seed: 3 });
	const { model, warnings } = validOf(files);

	it('is a valid dataset with every table and no warning', () => {
		expect(Object.keys(files).sort()).toEqual([...TABLE_FILES].sort());
		expect(warnings).toEqual([]);
	});

	it('has the requested number of nodes and about linksPerNode relations per node', () => {
		expect(model.nodes).toHaveLength(400);
		expect(model.relations).toHaveLength(1600);
		expect(
			makeSyntheticDataset({ nodes: 100, linksPerNode: 2, seed: 1 })
				['relations.csv']!.trim()
				.split('\n')
		).toHaveLength(201);
	});

	it('has an organisation-like hierarchy under ITU', () => {
		const partOf = model.relations.filter((r) => r.type === 'part_of');
		const parent = new Map(partOf.map((r) => [r.from, r.to]));
		const depth = (id: string, seen = 0): number =>
			parent.has(id) && seen < 50 ? depth(parent.get(id)!, seen + 1) : seen;
		const roots = new Set(
			partOf.map((r) => {
				let id = r.from;
				while (parent.has(id)) id = parent.get(id)!;
				return id;
			})
		);
		expect([...roots]).toEqual(['itu']);
		expect(Math.max(...partOf.map((r) => depth(r.from)))).toBeGreaterThanOrEqual(3);
		expect(model.relations.some((r) => r.type === 'aligns_with_sdg')).toBe(true);
		expect(model.links.some((l) => l.type === 'instance_of')).toBe(true);
	});

	it('is deterministic for a seed and differs between seeds', () => {
		expect(makeSyntheticDataset({ nodes: 400, seed: 3 })).toEqual(files);
		expect(makeSyntheticDataset({ nodes: 400, seed: 4 })['relations.csv']).not.toBe(
			files['relations.csv']
		);
		const a = seededRandom(9);
		const b = seededRandom(9);
		expect([a(), a(), a()]).toEqual([b(), b(), b()]);
	});
});
