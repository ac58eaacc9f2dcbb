import { describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/data/types';
import { groupLabel, nodeDetails, yearsText } from '$lib/panel/details';
import { tinyItu } from './factory';

const { nodes, links } = tinyItu();
const dataset = { nodes, links, facts: [], targets: [], events: [] } as unknown as Dataset;

describe('panel details', () => {
	it('groups relations by type, read from the node side', () => {
		const d = nodeDetails(dataset, 'itu-d')!;
		expect(d.groups.map((g) => [g.label, g.items.map((i) => i.node.id)])).toEqual([
			['has part', ['bdt']],
			['part of', ['itu']],
			['runs', ['giga']]
		]);
		expect(d.connections).toBe(3);
	});

	it('lists linked SDGs apart from the other relations', () => {
		const d = nodeDetails(dataset, 'cop')!;
		expect(d.sdgs.map((s) => s.id)).toEqual(['sdg-13']);
		expect(d.groups.flatMap((g) => g.items.map((i) => i.node.id))).toEqual(['unep', 'bdt']);
	});

	it('returns null for an unknown id', () => {
		expect(nodeDetails(dataset, 'nope')).toBeNull();
	});

	it('words inverse relations and years', () => {
		expect(groupLabel('runs', false)).toBe('run by');
		expect(groupLabel('aligns_with_sdg', true)).toBe('aligns with SDG');
		expect(yearsText({ startYear: 1992 })).toBe('1992–');
		expect(yearsText({ startYear: 1865, endYear: 1932 })).toBe('1865–1932');
		expect(yearsText({})).toBe('');
	});
});
