import { describe, expect, it } from 'vitest';
import type { BriefingStep } from '../../../src/lib/data/types';
import {
	atStep,
	clampStep,
	decksOf,
	findDeck,
	isUserDeckId,
	nextStep,
	parseJump,
	parsePresent,
	prevStep,
	presentKey,
	stepQuery,
	userDeckAsDeck
} from '../../../src/lib/briefing/deck';
import type { UserDeck } from '../../../src/lib/briefing/userDecks';
import { parseViewState } from '../../../src/lib/views/state';

const prov = {
	status: 'verified' as const,
	source: ['s'],
	origin: { file: 'briefings.csv', row: 2 }
};
const step = (
	deck: string,
	n: number,
	state = '',
	view: BriefingStep['view'] = 'graph'
): BriefingStep => ({
	deck,
	deckTitle: deck.toUpperCase(),
	step: n,
	title: `${deck} ${n}`,
	notes: '',
	view,
	state,
	...prov
});

describe('decksOf', () => {
	it('groups rows by deck in first-seen order and sorts the steps', () => {
		const decks = decksOf([step('b', 2), step('a', 1), step('b', 1), step('b', 3)]);
		expect(decks.map((d) => d.id)).toEqual(['b', 'a']);
		expect(decks[0]!.steps.map((s) => s.step)).toEqual([1, 2, 3]);
		expect(decks[0]!.title).toBe('B');
	});
	it('is empty for no rows', () => expect(decksOf([])).toEqual([]));
});

describe('stepping', () => {
	it.each([
		[1, 6, 2, 1],
		[3, 6, 4, 2],
		[6, 6, 6, 5],
		[1, 1, 1, 1]
	])('from %i of %i: next %i, previous %i', (n, count, next, prev) => {
		expect(nextStep(n, count)).toBe(next);
		expect(prevStep(n, count)).toBe(prev);
	});
	it('clamps out-of-range steps', () => {
		expect(clampStep(0, 6)).toBe(1);
		expect(clampStep(99, 6)).toBe(6);
		expect(clampStep(3, 0)).toBe(1);
	});
	it.each([
		['3', 6, 3],
		['6', 6, 6],
		['7', 6, null],
		['0', 6, null],
		['', 6, null],
		['2a', 6, null],
		['0004', 6, null]
	])('parseJump(%j, %i) is %j', (typed, count, out) => expect(parseJump(typed, count)).toBe(out));
});

describe('present links', () => {
	it('reads deck:step', () => {
		expect(parsePresent('itu-in-10-minutes:2')).toEqual({ deck: 'itu-in-10-minutes', step: 2 });
		expect(parsePresent('nope')).toBeNull();
		expect(parsePresent(null)).toBeNull();
	});
	it('opens a step with its state, projector mode and the present marker', () => {
		const s = step('d', 2, 'v=1&sel=itu-d&depth=1');
		expect(stepQuery(s, false)).toBe('?v=1&sel=itu-d&depth=1&present=d:2');
		expect(stepQuery(s, true)).toBe('?v=1&sel=itu-d&depth=1&proj=1&present=d:2');
		expect(stepQuery(step('d', 1), false)).toBe('?v=1&present=d:1');
	});
	it('knows when the view has drifted from the step', () => {
		const s = step('d', 2, 'v=1&sel=itu-d&depth=1');
		const at = (qs: string) => atStep(new URLSearchParams(qs), s);
		expect(at('v=1&sel=itu-d&depth=1&present=d:2')).toBe(true);
		expect(at('v=1&depth=1&sel=itu-d&proj=1&present=d:2')).toBe(true);
		expect(at('v=1&sel=itu-t&depth=1&present=d:2')).toBe(false);
		expect(at('v=1&sel=itu-d&depth=1&zoom=2,0,0&present=d:2')).toBe(false);
	});
});

describe('presentKey', () => {
	it.each([
		['ArrowRight', 2, { kind: 'go', step: 3 }],
		[' ', 2, { kind: 'go', step: 3 }],
		['PageDown', 6, { kind: 'go', step: 6 }],
		['ArrowLeft', 2, { kind: 'go', step: 1 }],
		['PageUp', 1, { kind: 'go', step: 1 }],
		['Home', 4, { kind: 'go', step: 1 }],
		['End', 1, { kind: 'go', step: 6 }],
		['b', 3, { kind: 'black' }],
		['B', 3, { kind: 'black' }],
		['Escape', 3, { kind: 'leave' }],
		['x', 3, null],
		['Enter', 3, null]
	])('%j at step %i of 6', (key, n, action) => expect(presentKey(key, n, 6, '')).toEqual(action));
	it('collects digits and jumps on Enter; a bad number is dropped', () => {
		expect(presentKey('4', 1, 6, '')).toEqual({ kind: 'type', typed: '4' });
		expect(presentKey('Enter', 1, 6, '4')).toEqual({ kind: 'go', step: 4 });
		expect(presentKey('Enter', 1, 6, '9')).toEqual({ kind: 'type', typed: '' });
		expect(presentKey('Backspace', 1, 6, '12')).toEqual({ kind: 'type', typed: '1' });
	});
});

describe('user decks as decks', () => {
	const mine: UserDeck = {
		id: 'itu-in-10-minutes',
		title: 'Mine',
		steps: [
			{ title: 'A', notes: 'a', view: 'graph', state: 'v=1&sdg=9' },
			{ title: 'B', notes: 'b', view: 'targets', state: '' }
		]
	};
	const shipped = decksOf([step('itu-in-10-minutes', 1), step('itu-in-10-minutes', 2)]);

	it('numbers the steps, marks them unverified, cites no source, prefixes the id', () => {
		const d = userDeckAsDeck(mine);
		expect(d.id).toBe('my.itu-in-10-minutes');
		expect(d.title).toBe('Mine');
		expect(d.steps.map((s) => [s.deck, s.step, s.title, s.view, s.state])).toEqual([
			['my.itu-in-10-minutes', 1, 'A', 'graph', 'v=1&sdg=9'],
			['my.itu-in-10-minutes', 2, 'B', 'targets', '']
		]);
		expect(d.steps.every((s) => s.status === 'unverified' && s.source.length === 0)).toBe(true);
		expect(d.steps[0]!.statusNote).toBe('Your own step');
	});

	it('finds shipped and user decks without mixing them up, even with the same id', () => {
		expect(findDeck('itu-in-10-minutes', shipped, [mine])).toBe(shipped[0]);
		expect(findDeck('my.itu-in-10-minutes', shipped, [mine])?.title).toBe('Mine');
		expect(findDeck('my.nothing', shipped, [mine])).toBeUndefined();
		expect(findDeck('nothing', shipped, [mine])).toBeUndefined();
		expect(findDeck(null, shipped, [mine])).toBeUndefined();
		expect(isUserDeckId('my.x')).toBe(true);
		expect(isUserDeckId('myx')).toBe(false);
	});

	it('opens a user step with present=my.<id>:<n>, a value the view state keeps', () => {
		const q = stepQuery(userDeckAsDeck(mine).steps[0]!, false);
		expect(q).toBe('?v=1&sdg=9&present=my.itu-in-10-minutes:1');
		expect(parseViewState(new URLSearchParams(q)).notices).toEqual([]);
	});
});
