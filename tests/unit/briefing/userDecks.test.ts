import { describe, expect, it } from 'vitest';
import {
	addStep,
	deckId,
	dropIndex,
	movedMessage,
	deckToCsv,
	decksFromCsv,
	moveStep,
	removeStep,
	restoreStep,
	updateStep,
	type UserDeck
} from '$lib/briefing/userDecks';

const deck: UserDeck = {
	id: 'my-deck',
	title: 'My deck',
	steps: [
		{
			title: 'One',
			notes: 'First, with "quotes", commas\nand a line break',
			view: 'graph',
			state: 'v=1&sdg=9'
		},
		{ title: 'Two', notes: 'Second', view: 'targets', state: 'v=1&fw=connect-2030' },
		{ title: 'Three', notes: 'Third', view: 'timeline', state: '' }
	]
};

describe('user deck operations', () => {
	it('add, update and move return new decks', () => {
		const added = addStep(deck, { title: 'Four', notes: '', view: 'home', state: '' });
		expect(added.steps.map((s) => s.title)).toEqual(['One', 'Two', 'Three', 'Four']);
		expect(deck.steps).toHaveLength(3);
		expect(updateStep(deck, 1, { title: 'Deux' }).steps[1]!.title).toBe('Deux');
		expect(deck.steps[1]!.title).toBe('Two');
		expect(moveStep(deck, 0, 2).steps.map((s) => s.title)).toEqual(['Two', 'Three', 'One']);
		expect(moveStep(deck, 2, -5).steps.map((s) => s.title)).toEqual(['Three', 'One', 'Two']);
		expect(moveStep(deck, 1, 1)).toBe(deck);
	});

	it('remove gives back the step and its place for undo', () => {
		const r = removeStep(deck, 1)!;
		expect(r.step.title).toBe('Two');
		expect(r.index).toBe(1);
		expect(r.deck.steps.map((s) => s.title)).toEqual(['One', 'Three']);
		expect(restoreStep(r.deck, r.step, r.index)).toEqual(deck);
		expect(removeStep(deck, 9)).toBeUndefined();
	});

	it('makes unique ids from titles', () => {
		expect(deckId('My deck!')).toBe('my-deck');
		expect(deckId('My deck', ['my-deck', 'my-deck-2'])).toBe('my-deck-3');
		expect(deckId('???')).toBe('my-deck');
	});
});

describe('CSV', () => {
	it('round-trips through the briefings.csv format', () => {
		const csv = deckToCsv(deck);
		expect(csv.split('\n')[0]).toBe(
			'deck,deck_title,step,title,notes,view,state,status,status_note,source'
		);
		expect(decksFromCsv(csv)).toEqual({ ok: true, decks: [deck] });
	});

	it('reports located errors as file:row:column — message', () => {
		const csv = deckToCsv(deck).replace(',graph,', ',nowhere,').replace('v=1&fw=', 'v=1&zzz=');
		const result = decksFromCsv(csv, 'mine.csv');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.some((e) => e.startsWith('mine.csv:2:view — '))).toBe(true);
		expect(result.errors.some((e) => e.startsWith('mine.csv:3:state — '))).toBe(true);
	});

	it('checks step numbering like the data', () => {
		const csv = deckToCsv(deck).replace('my-deck,My deck,3,', 'my-deck,My deck,5,');
		const result = decksFromCsv(csv);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.errors.join('\n')).toMatch(/briefings\.csv:\d+:step — .*no step 3/);
	});
});

describe('deckId length', () => {
	it('keeps ids short enough for a present= link', () => {
		const id = deckId('A very long title '.repeat(10), []);
		expect(id.length).toBeLessThanOrEqual(60);
		expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});
});

describe('dragging', () => {
	// Three steps 40 px tall: middles at 20, 60, 100.
	const middles = [20, 60, 100];
	it.each([
		[0, 0, 0],
		[0, 70, 1],
		[0, 200, 2],
		[2, 10, 0],
		[2, 50, 1],
		[2, 90, 2],
		[1, 59, 1],
		[1, 61, 1],
		[1, -5, 0]
	])('from %d with the pointer at y=%d lands at %d', (from, y, to) =>
		expect(dropIndex(middles, y, from)).toBe(to)
	);
	it('lands where moveStep puts it', () => {
		const to = dropIndex(middles, 10, 2);
		expect(moveStep(deck, 2, to).steps.map((s) => s.title)).toEqual(['Three', 'One', 'Two']);
		expect(movedMessage(2, to)).toBe('Step 3 moved to position 1.');
	});
});
