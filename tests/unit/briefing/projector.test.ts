import { describe, expect, it } from 'vitest';
import { projectorQuery, withProjector } from '../../../src/lib/state/projector';
import { DEFAULT_VIEW_STATE, parseViewState, writeViewState } from '../../../src/lib/views/state';

const parse = (qs: string) => parseViewState(new URLSearchParams(qs));

describe('projector mode in the view state', () => {
	it('is off by default and written last as proj=1 when on', () => {
		expect(DEFAULT_VIEW_STATE.proj).toBe(false);
		expect(writeViewState({ ...DEFAULT_VIEW_STATE, proj: true })).toBe('v=1&proj=1');
		expect(writeViewState({ ...DEFAULT_VIEW_STATE, sel: 'itu-d', proj: true })).toBe(
			'v=1&sel=itu-d&proj=1'
		);
	});
	it('round-trips without notices', () => {
		const state = { ...DEFAULT_VIEW_STATE, sdg: [9], proj: true };
		const parsed = parse(writeViewState(state));
		expect(parsed.notices).toEqual([]);
		expect(parsed.state).toEqual(state);
	});
	it('reads proj=0 as off and ignores anything else with a notice', () => {
		expect(parse('proj=0')).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] });
		const bad = parse('proj=yes');
		expect(bad.state.proj).toBe(false);
		expect(bad.notices.join(' ')).toMatch(/Ignored proj=yes/);
	});
});

describe('projector links', () => {
	it.each([
		['/atlas/graph/', true, '/atlas/graph/?proj=1'],
		['/atlas/graph/?sel=itu-d', true, '/atlas/graph/?sel=itu-d&proj=1'],
		['/atlas/graph/', false, '/atlas/graph/']
	])('withProjector(%s, %s) is %s', (href, on, out) => expect(withProjector(href, on)).toBe(out));
	it('toggles only the proj parameter', () => {
		const p = new URLSearchParams('v=1&sel=itu-d');
		expect(projectorQuery(p, true)).toBe('?v=1&sel=itu-d&proj=1');
		expect(projectorQuery(new URLSearchParams('proj=1'), false)).toBe('');
		expect(projectorQuery(new URLSearchParams('table=events&proj=1'), false)).toBe('?table=events');
	});
	it('keeps lists and the briefing step as the view state writes them', () => {
		const p = new URLSearchParams('v=1&sdg=9,13&present=itu-in-10-minutes:1&proj=1');
		expect(projectorQuery(p, false)).toBe('?v=1&sdg=9,13&present=itu-in-10-minutes:1');
	});
});
