import { describe, expect, it } from 'vitest';
import { doubtfulCount, viewDataset } from '../../../src/lib/data/doubtful';
import type { AtlasNode, Dataset, Relation } from '../../../src/lib/data/types';
import { matchesAll, NO_FILTERS } from '../../../src/lib/filters/facets';
import { parseViewState, writeViewState } from '../../../src/lib/views/state';

const node = (id: string, status: AtlasNode['status'], kind: AtlasNode['kind'] = 'entity') =>
	({
		id,
		name: id,
		kind,
		type: kind === 'entity' ? 'initiative' : kind,
		sectors: [],
		aliases: [],
		status,
		source: ['s'],
		origin: { file: 'entities.csv', row: 2 }
	}) as AtlasNode;
const link = (from: string, to: string, status: Relation['status'] = 'verified'): Relation => ({
	from,
	type: 'related_to',
	to,
	implicit: false,
	status,
	source: ['s'],
	origin: { file: 'relations.csv', row: 2 }
});

describe('the URL keeps the SDG mode and the doubtful toggle, defaults omitted', () => {
	it('reads and writes sdglinks=stated and doubtful=1', () => {
		const { state, notices } = parseViewState(new URLSearchParams('sdglinks=stated&doubtful=1'));
		expect(notices).toEqual([]);
		expect(state).toMatchObject({ sdgLinks: 'stated', doubtful: true });
		expect(writeViewState(state)).toBe('v=1&sdglinks=stated&doubtful=1');
		const plain = parseViewState(new URLSearchParams('')).state;
		expect(plain).toMatchObject({ sdgLinks: 'derived', doubtful: false });
		expect(writeViewState(plain)).toBe('');
	});
	it('ignores a bad value with a notice', () => {
		const { state, notices } = parseViewState(new URLSearchParams('sdglinks=all&doubtful=yes'));
		expect(state).toMatchObject({ sdgLinks: 'derived', doubtful: false });
		expect(notices).toHaveLength(2);
	});
});

describe('doubtful names and SDG targets in the default views', () => {
	const nodes = [node('a', 'verified'), node('b', 'doubtful'), node('t', 'verified', 'sdg_target')];
	const d = {
		nodes,
		links: [link('a', 'b'), link('a', 't', 'doubtful'), link('a', 't')]
	} as unknown as Dataset;

	it('leaves out doubtful nodes and the links that are or touch them, unless shown', () => {
		const shown = viewDataset(d, false);
		expect(shown.nodes.map((n) => n.id)).toEqual(['a', 't']);
		expect(shown.links).toEqual([link('a', 't')]);
		expect(viewDataset(d, true)).toBe(d);
		expect(doubtfulCount(d)).toBe(1);
	});

	it('filters out doubtful names unless asked, and SDG targets unless an SDG is chosen', () => {
		const aligned = new Map([['t', new Set([5])]]);
		const passes = (f: typeof NO_FILTERS) =>
			nodes.filter((n) => matchesAll(n, f, aligned)).map((n) => n.id);
		expect(passes(NO_FILTERS)).toEqual(['a']);
		expect(passes({ ...NO_FILTERS, doubtful: true })).toEqual(['a', 'b']);
		expect(passes({ ...NO_FILTERS, sdg: [5] })).toEqual(['t']);
	});
});
