import { describe, expect, it } from 'vitest';
import { listText, stepCountText, viewsVisited } from '$lib/briefing/gallery';
import type { Deck } from '$lib/briefing/deck';
import type { BriefingStep } from '$lib/data/types';

const step = (n: number, view: string) =>
	({ deck: 'd', deckTitle: 'D', step: n, title: `s${n}`, view, state: 'v=1' }) as BriefingStep;

describe('stepCountText', () => {
	it.each([
		[0, '0 steps'],
		[1, '1 step'],
		[2, '2 steps'],
		[7, '7 steps'],
		[1200, '1,200 steps']
	])('%i → %s', (n, text) => expect(stepCountText(n)).toBe(text));
});

describe('viewsVisited', () => {
	it('names each view once, in the order the deck first visits it', () => {
		const deck: Deck = {
			id: 'd',
			title: 'D',
			steps: [step(1, 'graph'), step(2, 'targets'), step(3, 'graph'), step(4, 'timeline')]
		};
		expect(viewsVisited(deck)).toEqual(['Graph', 'Targets', 'Timeline']);
	});
	it('keeps the id of a view the app does not have', () => {
		expect(viewsVisited({ id: 'd', title: 'D', steps: [step(1, 'atlas')] })).toEqual(['atlas']);
	});
});

describe('listText', () => {
	it('joins like British English does (no serial comma)', () => {
		expect(listText(['Graph'])).toBe('Graph');
		expect(listText(['Graph', 'Targets'])).toBe('Graph and Targets');
		expect(listText(['Graph', 'Targets', 'Timeline'])).toBe('Graph, Targets and Timeline');
	});
});
