/** A view that throws shows an explanation in place, with the page around it, never a blank page. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Broken from './Broken.svelte';

describe('ViewBoundary', () => {
	it('shows the error in place, the detail collapsed, and draws the view again on "Try again"', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const state = { fixed: false };
		render(Broken, { state });
		expect(screen.getByRole('heading', { level: 1, name: 'Organisation graph' })).toBeVisible();
		expect(screen.getByRole('heading', { name: 'Something went wrong here' })).toBeInTheDocument();
		expect(screen.getByText(/not in anything you did/)).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Go to the home page' })).toBeInTheDocument();
		const details = screen.getByText('Technical detail').closest('details')!;
		expect(details.open).toBe(false);
		expect(details).toHaveTextContent('Where: /graph/');
		expect(details).toHaveTextContent('Error: TypeError: cannot read the layout of undefined');

		state.fixed = true;
		await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
		expect(await screen.findByText('The view, drawn')).toBeInTheDocument();
		expect(screen.queryByRole('heading', { name: 'Something went wrong here' })).toBeNull();
	});
});
