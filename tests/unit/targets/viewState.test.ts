import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, parseViewState, writeViewState } from '../../../src/lib/views/state';

const parse = (qs: string) => parseViewState(new URLSearchParams(qs));

describe('view state: the Targets parameters', () => {
	it('round-trips framework, year range, order and selection', () => {
		const state = {
			...DEFAULT_VIEW_STATE,
			fw: 'connect-2020',
			years: { from: 2015, to: 2023 },
			sort: 'gap',
			sel: 'c2030-1.2'
		};
		const qs = writeViewState(state);
		expect(qs).toBe('v=1&sel=c2030-1.2&years=2015-2023&fw=connect-2020&sort=gap');
		expect(parse(qs)).toEqual({ state, notices: [] });
	});
	it('leaves the order out when it is the default', () => {
		expect(writeViewState({ ...DEFAULT_VIEW_STATE, sort: null })).toBe('');
	});
	it('ignores an unreadable order with a notice', () => {
		const r = parse('sort=Gap%3B1');
		expect(r.state.sort).toBeNull();
		expect(r.notices[0]).toContain('sort');
	});
});

describe('view state: method, proxy mode, per-card axes and table layout (issue 16)', () => {
	it.each([
		['method=cagr', { method: 'cagr' }, 'v=1&method=cagr'],
		['proxy=1', { proxy: true }, 'v=1&proxy=1'],
		['fit=1', { fit: true }, 'v=1&fit=1'],
		['layout=table', { layout: 'table' }, 'v=1&layout=table'],
		['method=path&proxy=0&fit=0&layout=cards', {}, '']
	] as const)('%s reads back and writes defaults out', (qs, patch, written) => {
		const r = parse(qs);
		expect(r.notices).toEqual([]);
		expect(r.state).toEqual({ ...DEFAULT_VIEW_STATE, ...patch });
		expect(writeViewState(r.state)).toBe(written);
	});
	it.each([['method=regression'], ['proxy=yes'], ['fit=2'], ['layout=grid']])(
		'ignores %s with a notice',
		(qs) => {
			const r = parse(qs);
			expect(r.state).toEqual(DEFAULT_VIEW_STATE);
			expect(r.notices).toHaveLength(1);
		}
	);
});
