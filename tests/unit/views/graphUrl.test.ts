import { describe, expect, it } from 'vitest';
import type { BriefingIds } from '$lib/data/briefings';
import { graphUrl } from '$lib/views/graph/url';
import { DEFAULT_VIEW_STATE } from '$lib/views/state';

const known = new Set(['equals', 'giga', 'itu']);
const ids: BriefingIds = {
	node: (id) => known.has(id),
	target: () => false,
	framework: () => false
};
const check = (patch: Partial<typeof DEFAULT_VIEW_STATE>) =>
	graphUrl.checkStep!({ ...DEFAULT_VIEW_STATE, ...patch }, ids);

describe('a briefing step on the graph', () => {
	it('may show a connection between two nodes of the dataset', () => {
		expect(check({ sel: 'equals', path: ['equals', 'giga'] })).toEqual([]);
	});

	it('names each end of a connection the dataset lacks', () => {
		const problems = check({ path: ['equals', 'gigga'] });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^path=equals,gigga: "gigga" /);
		expect(check({ sel: 'nope', path: ['nope', 'none'] })).toHaveLength(3);
	});
});
