import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decksOf } from '../../../src/lib/briefing/deck';
import { formatIssue, validateAtlas as validateDataset } from '../../../src/lib/views/validate';
import { parseViewState, writeViewState } from '../../../src/lib/views/state';

const read = (dir: string) =>
	Object.fromEntries(
		readdirSync(dir)
			.filter((n) => n.endsWith('.csv'))
			.map((n) => [n, readFileSync(join(dir, n), 'utf8')])
	);
const shipped = read(join(__dirname, '../../../data'));
const good = read(join(__dirname, '../../fixtures/good'));

const HEADER = 'deck,deck_title,step,title,notes,view,state,status,status_note,source';

describe('the shipped briefings', () => {
	const result = validateDataset(shipped);
	if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
	const model = result.model;
	const deck = decksOf(model.briefings).find((d) => d.id === 'itu-in-10-minutes');

	it('hold the deck "ITU in 10 minutes" with 5 to 7 steps numbered from 1', () => {
		expect(deck?.title).toBe('ITU in 10 minutes');
		expect(deck!.steps.length).toBeGreaterThanOrEqual(5);
		expect(deck!.steps.length).toBeLessThanOrEqual(7);
		expect(deck!.steps.map((s) => s.step)).toEqual(deck!.steps.map((_, i) => i + 1));
	});
	it('write each state as the views write it, selecting only ids of the dataset', () => {
		const ids = new Set(model.nodes.map((n) => n.id));
		for (const s of deck!.steps) {
			const { state, notices } = parseViewState(new URLSearchParams(s.state));
			expect(notices, s.title).toEqual([]);
			expect(writeViewState(state), s.title).toBe(s.state);
			if (state.sel) expect(ids.has(state.sel), `${s.title}: ${state.sel}`).toBe(true);
			if (state.fw) expect(model.frameworks.some((f) => f.id === state.fw)).toBe(true);
		}
	});
	it('cite sources of the dataset on every step', () => {
		const sources = new Set(model.sources.map((s) => s.id));
		for (const s of deck!.steps) {
			expect(s.source.length).toBeGreaterThan(0);
			for (const id of s.source) expect(sources.has(id), id).toBe(true);
		}
	});
	it('cover the three Sectors, Connect 2030, the WSIS years and SDG 9 (target 9.c)', () => {
		const states = deck!.steps.map((s) => `${s.view}?${s.state}`);
		expect(states).toContain('graph?v=1&type=sector');
		expect(states.some((s) => s.startsWith('targets?'))).toBe(true);
		expect(states.some((s) => s.startsWith('timeline?') && s.includes('years=2003-2005'))).toBe(
			true
		);
		expect(states).toContain('graph?v=1&sel=sdg-9.c&depth=1');
	});
});

describe('checking briefings.csv', () => {
	const check = (rows: string[]) => {
		const r = validateDataset({ ...good, 'briefings.csv': [HEADER, ...rows].join('\n') });
		return r.ok ? [] : r.errors.map(formatIssue);
	};
	const row = (step: string, view = 'graph', state = 'v=1&sel=itu-d', source = 'seed-001') =>
		`d,Deck,${step},Title,Notes,${view},${state},verified,,${source}`;

	it('is optional, and a good deck passes', () => {
		expect(validateDataset(good).ok).toBe(true);
		expect(
			check([row('1'), row('2', 'timeline', 'v=1&years=2003-2005'), row('3', 'home', '')])
		).toEqual([]);
	});
	it('locates a bad view, a state the views do not read and an unknown source', () => {
		const errors = check([
			row('1', 'slides'),
			row('2', 'graph', 'v=1&colour=red'),
			row('3', 'graph', 'v=1', 'nope')
		]);
		expect(errors.join('\n')).toMatch(/^briefings\.csv:2:view — "slides" is not a view/m);
		expect(errors.join('\n')).toMatch(/^briefings\.csv:3:state — .*unknown parameter “colour”/m);
		expect(errors.join('\n')).toMatch(/^briefings\.csv:4:source — .*nope/m);
	});
	it('rejects present and proj in a state: the presenter chooses those', () => {
		expect(check([row('1', 'graph', 'v=1&proj=1')]).join('\n')).toMatch(
			/briefings\.csv:2:state — .*sets present or proj/
		);
	});
	it('numbers the steps 1 … n without repeats or gaps', () => {
		expect(check([row('1'), row('1')])).toEqual([
			'briefings.csv:3:step — step 1 of deck "d" is already at row 2'
		]);
		expect(check([row('1'), row('3')])).toEqual([
			'briefings.csv:3:step — deck "d" has no step 2 (number the steps 1, 2, 3 … without gaps)'
		]);
	});
});
