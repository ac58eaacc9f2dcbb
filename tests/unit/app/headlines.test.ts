import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/lib/data/validate';
import type { Dataset, Fact } from '../../../src/lib/data/types';
import { doubtfulCount, headlines } from '../../../src/lib/home/headlines';

const dir = join(__dirname, '../../fixtures/good');
const files = Object.fromEntries(
	readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), 'utf8')])
);
const result = validateDataset(files);
if (!result.ok) throw new Error('the good fixture must be valid');
const good: Dataset = result.model;

const fact = (value: string, year: number, status: Fact['status']): Fact => ({
	id: `f-${value}-${year}`,
	subject: 'itu',
	attribute: 'member_states',
	value,
	year,
	status,
	source: ['seed-000'],
	origin: { file: 'facts.csv', row: 2 }
});

describe('headlines', () => {
	it('shows the member count with its status when the sources agree', () => {
		const h = headlines(good).find((x) => x.label === 'Member States');
		expect(h).toMatchObject({ value: '193', status: 'verified' });
	});

	it('shows every claim, marked as a conflict, when the sources disagree', () => {
		const d = { ...good, facts: [fact('193', 2022, 'conflict'), fact('194', 2025, 'conflict')] };
		const h = headlines(d).find((x) => x.label === 'Member States');
		expect(h).toMatchObject({ value: '193 or 194', status: 'conflict' });
		expect(h?.detail).toBe('sources disagree: 193 (2022) vs 194 (2025)');
	});

	it('ignores doubtful claims and leaves out a figure no row states', () => {
		const d = { ...good, facts: [fact('999', 2020, 'doubtful')] };
		expect(headlines(d).find((x) => x.label === 'Member States')).toBeUndefined();
	});

	it('counts initiatives without doubtful names', () => {
		const n = good.entities.filter(
			(e) => ['initiative', 'programme', 'platform'].includes(e.type) && e.status !== 'doubtful'
		).length;
		const h = headlines(good).find((x) => x.label === 'Initiatives, programmes and platforms');
		expect(h?.value).toBe(String(n));
	});
});

describe('the doubtful names', () => {
	it('are counted for the data note, not as a headline figure', () => {
		const d = {
			...good,
			nodes: [...good.nodes, { ...good.nodes[0]!, id: 'x-doubtful', status: 'doubtful' as const }]
		};
		expect(headlines(d).some((h) => /doubtful/i.test(h.label))).toBe(false);
		expect(doubtfulCount(d)).toBe(good.nodes.filter((n) => n.status === 'doubtful').length + 1);
	});
});
