import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { utc } from '../../../src/lib/timeline/dates';
import type { Source } from '../../../src/lib/data/types';
import type { TimelineItem } from '../../../src/lib/timeline/types';
import TextAlternative from '../../../src/routes/timeline/TextAlternative.svelte';
import Tooltip from '../../../src/routes/timeline/Tooltip.svelte';

const item = (id: string, year: number, patch: Partial<TimelineItem> = {}): TimelineItem => ({
	id,
	ref: id,
	lane: 'milestones',
	label: id,
	shape: 'point',
	start: utc(year),
	end: utc(year + 1),
	precision: 'day',
	open: false,
	dateText: String(year),
	status: 'verified',
	source: ['s1'],
	caveats: [],
	uncertain: false,
	...patch
});

describe('TextAlternative', () => {
	const items = [
		item('WSIS phase 2', 2005, { place: 'Tunis' }),
		item('WSIS phase 1', 2003, { place: 'Geneva' }),
		item('Founding', 1865),
		item('PP (expected)', 2030, {
			shape: 'expected',
			caveats: ['Expected from the cadence; not yet in the data.']
		})
	];

	it('lists the items in time order, grouped by decade, with place, lane and status', () => {
		render(TextAlternative, {
			items,
			laneLabel: () => 'Milestones',
			range: '1865–2030',
			onopen: () => {}
		});
		const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
		expect(headings).toEqual(['1860s', '2000s', '2030s']);
		const list = screen.getByRole('heading', { name: '2000s' }).nextElementSibling as HTMLElement;
		const rows = within(list)
			.getAllByRole('listitem')
			.map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
		expect(rows).toEqual([
			'2003: WSIS phase 1 , Geneva (Milestones; verified)',
			'2005: WSIS phase 2 , Tunis (Milestones; verified)'
		]);
	});

	it('opens a dated item, but an expected recurrence is plain text with its caveat', async () => {
		const onopen = vi.fn();
		render(TextAlternative, { items, laneLabel: () => 'Milestones', range: '1865–2030', onopen });
		await fireEvent.click(screen.getByRole('button', { name: 'Founding' }));
		expect(onopen).toHaveBeenCalledWith(expect.objectContaining({ id: 'Founding' }));
		expect(screen.queryByRole('button', { name: 'PP (expected)' })).toBeNull();
		expect(screen.getByText('Expected from the cadence; not yet in the data.')).toBeInTheDocument();
	});
});

describe('Tooltip', () => {
	it('says why a date is uncertain and names the sources', () => {
		render(Tooltip, {
			item: item('PP-1947', 1947, {
				uncertain: true,
				caveats: ['Only the year is known.'],
				dateText: '1947 (year only)'
			}),
			lane: 'Conferences: PP',
			sources: new Map([
				[
					's1',
					{
						id: 's1',
						title: 'ITU history',
						kind: 'web',
						origin: { file: 'sources.csv', row: 2 }
					} as Source
				]
			]),
			x: 10,
			y: 10,
			width: 800
		});
		expect(screen.getByText('1947 (year only)')).toBeInTheDocument();
		expect(screen.getByText(/Only the year is known/)).toBeInTheDocument();
		expect(screen.getByText(/Source: ITU history/)).toBeInTheDocument();
	});
});
