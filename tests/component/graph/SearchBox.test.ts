import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SearchBox from '../../../src/lib/components/search/SearchBox.svelte';

const items = [
	{
		id: 'itu-d',
		name: 'Telecommunication Development Sector',
		aliases: ['ITU-D', 'Development Sector', 'BDT'],
		type: 'sector'
	},
	{
		id: 'wsis',
		name: 'World Summit on the Information Society',
		aliases: ['WSIS'],
		type: 'event_series'
	},
	{ id: 'wsis-forum', name: 'WSIS Forum', aliases: [], type: 'event_series' },
	{ id: 'wsis-c1', name: 'C1: The role of governments', aliases: ['WSIS C1'], type: 'wsis' }
];

function setup() {
	const onchoose = vi.fn();
	render(SearchBox, { items, onchoose });
	return { onchoose, input: screen.getByRole('combobox', { name: 'Search' }) };
}

describe('SearchBox', () => {
	it('is a combobox labelled "Search" that suggests as you type', async () => {
		const { input } = setup();
		expect(input).toHaveAttribute('aria-expanded', 'false');
		await fireEvent.input(input, { target: { value: 'BDT' } });
		expect(input).toHaveAttribute('aria-expanded', 'true');
		const options = screen.getAllByRole('option');
		expect(options[0]).toHaveTextContent('Telecommunication Development Sector');
		expect(options[0]).toHaveTextContent('BDT');
		expect(screen.getByRole('status')).toHaveTextContent('1 suggestion');
	});

	it('finds the Summit, the Forum and the Action Lines for "WSIS"', async () => {
		const { input } = setup();
		await fireEvent.input(input, { target: { value: 'WSIS' } });
		expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
			expect.stringContaining('World Summit'),
			expect.stringContaining('C1: The role'),
			expect.stringContaining('WSIS Forum')
		]);
	});

	it('moves with the arrow keys and chooses with Enter', async () => {
		const { input, onchoose } = setup();
		await fireEvent.input(input, { target: { value: 'wsis' } });
		await fireEvent.keyDown(input, { key: 'ArrowDown' });
		await fireEvent.keyDown(input, { key: 'ArrowDown' });
		const active = input.getAttribute('aria-activedescendant')!;
		expect(document.getElementById(active)).toHaveAttribute('aria-selected', 'true');
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(onchoose).toHaveBeenCalledWith('wsis-c1');
		expect(input).toHaveAttribute('aria-expanded', 'false');
	});

	it('chooses the first suggestion on Enter and closes on Escape', async () => {
		const { input, onchoose } = setup();
		await fireEvent.input(input, { target: { value: 'Development Sector' } });
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(onchoose).toHaveBeenCalledWith('itu-d');
		await fireEvent.input(input, { target: { value: 'wsis' } });
		await fireEvent.keyDown(input, { key: 'Escape' });
		expect(input).toHaveAttribute('aria-expanded', 'false');
	});
});
