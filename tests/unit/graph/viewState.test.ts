import { describe, expect, it } from 'vitest';
import {
	DEFAULT_VIEW_STATE,
	parseViewState,
	writeViewState,
	type ViewState
} from '$lib/views/state';

const parse = (qs: string) => parseViewState(new URLSearchParams(qs));

describe('view state in the URL', () => {
	it('writes nothing for the default state', () => {
		expect(writeViewState(DEFAULT_VIEW_STATE)).toBe('');
	});

	it('writes a short, ordered, versioned query string', () => {
		const s: ViewState = {
			...DEFAULT_VIEW_STATE,
			sdg: [13, 9],
			sector: ['ITU-D'],
			sel: 'itu-d',
			depth: 2,
			zoom: { k: 1.456, x: 120.4, y: -40.6 }
		};
		expect(writeViewState(s)).toBe('v=1&sdg=9,13&sector=itu-d&sel=itu-d&depth=2&zoom=1.46,120,-41');
	});

	const cases: [string, Partial<ViewState>][] = [
		[
			'filters',
			{
				sdg: [1, 17],
				sector: ['GS', 'ITU-R'],
				type: ['initiative', 'study_group'],
				status: ['conflict', 'verified']
			}
		],
		['legend toggles', { hide: ['event'], hideLinks: ['goals', 'other'] }],
		['selection and focus', { sel: 'c2030-1.2', depth: 3 }],
		['zoom', { zoom: { k: 2.5, x: -300, y: 12 } }],
		['a path between two nodes', { sel: 'equals', path: ['equals', 'giga'] }],
		['years and framework', { years: { from: 2015, to: 2023 }, fw: 'connect-2030' }]
	];
	it.each(cases)('round-trips %s', (_, patch) => {
		const state = { ...DEFAULT_VIEW_STATE, ...patch };
		const parsed = parse(writeViewState(state));
		expect(parsed.notices).toEqual([]);
		expect(parsed.state).toEqual(state);
	});

	it('writes a path after the focus depth, ends in the order given', () => {
		const s: ViewState = { ...DEFAULT_VIEW_STATE, sel: 'giga', depth: 1, path: ['giga', 'equals'] };
		expect(writeViewState(s)).toBe('v=1&sel=giga&depth=1&path=giga,equals');
	});

	it('reads upper-case Sectors and ignores empty list items', () => {
		expect(parse('v=1&sector=ITU-D,,itu-t').state.sector).toEqual(['ITU-D', 'ITU-T']);
	});

	const malformed: [string, RegExp][] = [
		['sdg=0,18,x', /Ignored sdg=0,18,x/],
		['sector=itu-x', /Ignored sector=itu-x/],
		['status=great', /Ignored status=great/],
		['sel=<script>', /Ignored sel=/],
		['depth=7', /Ignored depth=7/],
		['zoom=1,2', /Ignored zoom=1,2/],
		['path=giga', /Ignored path=giga/],
		['path=giga,giga', /Ignored path=giga,giga/],
		['path=a,b,c', /Ignored path=a,b,c/],
		['zoom=999,0,0', /Ignored zoom=999/],
		['years=2023-2015', /Ignored years=2023-2015/],
		['fw=Connect 2030', /Ignored fw=/],
		['colour=red', /unknown parameter “colour”/],
		['v=7', /version 7/],
		['hide=planets', /Ignored hide=planets/]
	];
	it.each(malformed)('ignores %s with a notice, never throwing', (qs, notice) => {
		const { state, notices } = parse(qs);
		expect(notices.join(' ')).toMatch(notice);
		expect(state.sel).toBeNull();
	});

	it('keeps the good values next to bad ones', () => {
		const { state, notices } = parse('sdg=13,99&sel=itu-d&bogus=1');
		expect(state.sdg).toEqual([13]);
		expect(state.sel).toBe('itu-d');
		expect(notices).toHaveLength(2);
	});

	it('survives arbitrary junk', () => {
		for (const qs of ['%', '&&&', 'sdg', 'zoom=,,', 'sel=' + 'a'.repeat(500), 'years=abc']) {
			expect(() => parse(qs)).not.toThrow();
		}
	});
});
