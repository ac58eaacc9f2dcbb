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
