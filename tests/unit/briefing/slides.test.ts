import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decksOf, userDeckAsDeck } from '$lib/briefing/deck';
import { deckSlides, slug } from '$lib/briefing/slides';
import { formatIssue, validateAtlas } from '$lib/views/validate';

const dir = join(__dirname, '../../../data');
const files = Object.fromEntries(
	readdirSync(dir)
		.filter((n) => n.endsWith('.csv'))
		.map((n) => [n, readFileSync(join(dir, n), 'utf8')])
);
const result = validateAtlas(files);
if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
const dataset = result.model;
const deck = decksOf(dataset.briefings).find((d) => d.id === 'itu-in-10-minutes')!;
const titles = new Map(dataset.sources.map((s) => [s.id, s.title]));
const ctx = {
	dataset,
	stamp: { version: '3f2a1c9d', builtAt: '2026-12-07' },
	base: 'https://example.org/atlas',
	sourceTitle: (id: string) => titles.get(id)
};

describe('slug', () => {
	it.each([
		['ITU in 10 minutes', 'itu-in-10-minutes'],
		['  Connect 2030: où en est-on ?  ', 'connect-2030-ou-en-est-on'],
		['***', 'deck']
	])('%s → %s', (title, s) => expect(slug(title)).toBe(s));
});

describe('deckSlides of the shipped deck', () => {
	const slides = deckSlides(deck, ctx);

	it('has one slide per step, in order, with the step’s title and notes', () => {
		expect(slides.steps.map((s) => s.title)).toEqual(deck.steps.map((s) => s.title));
		expect(slides.steps.map((s) => s.notes)).toEqual(deck.steps.map((s) => s.notes));
		expect(slides.steps.every((s) => s.notes.length > 0)).toBe(true);
	});

	it('links each slide to its live view under the base path, with the step’s state', () => {
		expect(slides.steps[3]!.link).toBe('https://example.org/atlas/targets/?v=1&sel=c2030-1.2');
		expect(slides.steps[0]!.link).toMatch(/^https:\/\/example\.org\/atlas\/graph\/\?.*sel=itu/);
	});

	it('names the sources by title and carries the data stamp', () => {
		const first = slides.steps[0]!;
		expect(first.sources.startsWith('Sources: ')).toBe(true);
		expect(first.sources).toContain(titles.get(deck.steps[0]!.source[0]!)!);
		expect(first.stamp).toBe('ITU Atlas data version 3f2a1c9d, built 2026-12-07');
	});

	it('describes every step and lists the filters a step sets', () => {
		expect(slides.steps.every((s) => s.description.length > 0)).toBe(true);
		// Step 2 shows the graph filtered to the type "sector".
		expect(slides.steps[1]!.filters.join(' ').toLowerCase()).toContain('sector');
	});

	it('titles the deck and names the file after it, the version and the date', () => {
		expect(slides.title).toBe('ITU in 10 minutes');
		expect(slides.subtitle).toBe('7 steps: Graph, Targets and Timeline');
		expect(slides.link).toBe('https://example.org/atlas/present/?deck=itu-in-10-minutes');
		expect(slides.fileName).toBe('itu-in-10-minutes-3f2a1c9d-2026-12-07.pptx');
	});
});

describe('deckSlides of a user deck', () => {
	it('says a step of one’s own has no source from the dataset', () => {
		const own = userDeckAsDeck({
			id: 'mine',
			title: 'Mine',
			steps: [{ title: 'Graph view', notes: 'n', view: 'graph', state: 'v=1' }]
		});
		const slides = deckSlides(own, ctx);
		expect(slides.steps[0]!.sources).toBe('Your own step: not from the dataset.');
		expect(slides.link).toBe('https://example.org/atlas/present/?deck=my.mine');
		expect(slides.subtitle).toBe('1 step: Graph');
	});
});
