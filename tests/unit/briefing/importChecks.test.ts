import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deckToCsv, decksFromCsv, idsOf, type UserDeck } from '../../../src/lib/briefing/userDecks';
import { formatIssue, validateAtlas as validateDataset } from '../../../src/lib/views/validate';

const read = (dir: string) =>
	Object.fromEntries(
		readdirSync(dir)
			.filter((n) => n.endsWith('.csv'))
			.map((n) => [n, readFileSync(join(dir, n), 'utf8')])
	);
const shipped = read(join(__dirname, '../../../data'));
const result = validateDataset(shipped);
if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
const ids = idsOf(result.model);

const HEADER = 'deck,deck_title,step,title,notes,view,state,status,status_note,source';
const row = (step: number, view: string, state: string, source = 'user') =>
	`d,Deck,${step},Step ${step},Notes,${view},${state},unverified,,${source}`;
const importRows = (rows: string[]) => decksFromCsv([HEADER, ...rows].join('\n'), 'mine.csv', ids);
const errorsOf = (rows: string[]) => {
	const r = importRows(rows);
	return r.ok ? [] : r.errors;
};

describe('importing a deck, checked against the dataset', () => {
	it('accepts a deck the app exported (source "user", unverified, a blank step) naming ids of the dataset', () => {
		const deck: UserDeck = {
			id: 'mine',
			title: 'Mine',
			steps: [
				{ title: 'ITU', notes: 'n', view: 'graph', state: 'v=1&sel=itu&depth=1' },
				{
					title: 'Target',
					notes: 'n',
					view: 'targets',
					state: 'v=1&fw=connect-2030&sel=c2030-1.2'
				},
				{ title: 'WSIS', notes: 'n', view: 'timeline', state: 'v=1&sel=wsis-2003&years=2003-2005' },
				{ title: '', notes: '', view: 'home', state: '' }
			]
		};
		expect(decksFromCsv(deckToCsv(deck), 'mine.csv', ids)).toEqual({ ok: true, decks: [deck] });
	});

	it('locates a selection that is not a node, and a target selection that is not a target', () => {
		expect(
			errorsOf([
				row(1, 'graph', 'v=1&sel=no-such-node'),
				row(2, 'targets', 'v=1&sel=itu'),
				row(3, 'timeline', 'v=1&sel=nowhere')
			])
		).toEqual([
			'mine.csv:2:state — sel=no-such-node: "no-such-node" is not the id of any entity, event, SDG, WSIS action line, framework, goal, target or indicator',
			'mine.csv:3:state — sel=itu: "itu" is not an id in targets.csv (the targets view selects a target)',
			'mine.csv:4:state — sel=nowhere: "nowhere" is not the id of any entity, event, SDG, WSIS action line, framework, goal, target or indicator'
		]);
	});

	it('locates a framework that is not one', () => {
		expect(errorsOf([row(1, 'targets', 'v=1&fw=connect-2099')])).toEqual([
			'mine.csv:2:state — fw=connect-2099: "connect-2099" is not an id in frameworks.csv'
		]);
	});

	it('gives the data checks’ messages, in row and column order, for every problem at once', () => {
		const errors = errorsOf([
			row(1, 'slides', ''),
			row(2, 'graph', 'v=1&colour=red'),
			row(4, 'graph', 'v=1&sel=itu&proj=1')
		]);
		expect(errors).toHaveLength(4);
		expect(errors[0]).toMatch(/^mine\.csv:2:view — "slides" is not a view/);
		expect(errors[1]).toMatch(/^mine\.csv:3:state — .*unknown parameter “colour”/);
		expect(errors[2]).toMatch(/^mine\.csv:4:step — deck "d" has no step 3/);
		expect(errors[3]).toMatch(/^mine\.csv:4:state — .*sets present or proj/);
	});
});

describe('the dataset check of briefings.csv', () => {
	it('finds the same unknown ids in the shipped data folder', () => {
		const bad = [HEADER, row(1, 'graph', 'v=1&sel=no-such-node', 'seed-001')].join('\n');
		const r = validateDataset({ ...shipped, 'briefings.csv': bad });
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(r.errors.map(formatIssue)).toEqual([
				'briefings.csv:2:state — sel=no-such-node: "no-such-node" is not the id of any entity, event, SDG, WSIS action line, framework, goal, target or indicator'
			]);
	});
});
