import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/lib/data/validate';
import type { Dataset } from '../../../src/lib/data/types';
import { paletteItems, paletteSearch } from '../../../src/lib/search/palette';

// The shipped dataset (data/*.csv), as the palette gets it.
const dir = join(__dirname, '../../../data');
const files = Object.fromEntries(
	readdirSync(dir)
		.filter((n) => n.endsWith('.csv'))
		.map((n) => [n, readFileSync(join(dir, n), 'utf8')])
);
const result = validateDataset(files);
if (!result.ok) throw new Error('the shipped dataset must be valid');
const data: Dataset = result.model;
const VIEWS = [
	{ id: 'home', title: 'Home', label: 'Home' },
	{ id: 'graph', title: 'Organisation graph', label: 'Graph' },
	{ id: 'timeline', title: 'Timeline', label: 'Timeline' }
];
const items = paletteItems(data, VIEWS);
const first = (q: string) => paletteSearch(items, q)[0]?.item;

describe('palette items', () => {
	it('"itu d" gives the ITU-D Sector first, opening the graph on it', () => {
		expect(first('itu d')).toMatchObject({ id: 'node:itu-d', go: { to: 'graph', id: 'itu-d' } });
		const ids = paletteSearch(items, 'itu d').map((h) => h.item.id);
		expect(ids.indexOf('node:itu-d')).toBeLessThan(ids.indexOf('node:itu-telecom-world'));
	});

	it('has "Show ITU-T in the timeline", which sets the Sector filter on the timeline', () => {
		const action = items.find((i) => i.name === 'Show ITU-T in the timeline');
		expect(action?.go).toEqual({ to: 'view', view: 'timeline', sector: 'ITU-T' });
		expect(first('itu-t timeline')?.name).toBe('Show ITU-T in the timeline');
	});

	it('has "Present ITU in 10 minutes", from the deck’s first step', () => {
		const action = items.find((i) => i.name === 'Present ITU in 10 minutes');
		expect(action?.go).toMatchObject({
			to: 'present',
			step: { deck: 'itu-in-10-minutes', step: 1 }
		});
		expect(items.find((i) => i.id === 'deck:itu-in-10-minutes')?.name).toBe('ITU in 10 minutes');
	});

	it('lists views, events on the timeline, targets on the Targets page, SDGs in the graph', () => {
		expect(first('graph')).toMatchObject({ id: 'view:graph', type: 'View' });
		expect(first('SDG 9')).toMatchObject({ type: 'SDG', go: { to: 'graph', id: 'sdg-9' } });
		const event = items.find((i) => i.id === 'node:wsis-2003');
		expect(event?.go).toEqual({ to: 'view', view: 'timeline', sel: 'wsis-2003' });
		expect(first('1.2')?.go).toMatchObject({ to: 'target', id: 'c2030-1.2' });
	});

	it('leaves names flagged doubtful out unless the doubtful filter is on', () => {
		const doubtful = data.nodes.filter((n) => n.status === 'doubtful');
		expect(doubtful.length).toBeGreaterThan(0);
		const shown = new Set(items.map((i) => i.id));
		expect(doubtful.some((n) => shown.has(`node:${n.id}`))).toBe(false);
		const all = new Set(paletteItems(data, VIEWS, true).map((i) => i.id));
		expect(doubtful.every((n) => all.has(`node:${n.id}`))).toBe(true);
	});

	it('gives every item a unique id (the recent list keeps ids)', () => {
		expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
	});
});
