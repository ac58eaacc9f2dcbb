import { fireEvent, render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import Sheet from '../../../src/lib/components/sheet/Sheet.svelte';

const children = createRawSnippet(() => ({ render: () => '<p>Sheet body</p>' }));

describe('Sheet', () => {
	it('holds its content and a handle the keyboard resizes between the stops', async () => {
		render(Sheet, { label: 'details', children });
		expect(screen.getByText('Sheet body')).toBeTruthy();
		const handle = screen.getByRole('separator', { name: 'Resize details', hidden: true });
		expect(handle.getAttribute('aria-valuenow')).toBe('55');
		await fireEvent.keyDown(handle, { key: 'ArrowUp' });
		expect(handle.getAttribute('aria-valuenow')).toBe('90');
		await fireEvent.keyDown(handle, { key: 'Home' });
		expect(handle.getAttribute('aria-valuenow')).toBe('30');
		await fireEvent.keyDown(handle, { key: 'ArrowDown' });
		expect(handle.getAttribute('aria-valuenow')).toBe('30');
	});
});
