import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import StatusBadge from '../../src/lib/components/StatusBadge.svelte';

describe('StatusBadge', () => {
	it('shows the status as a word, not only a colour', () => {
		render(StatusBadge, { status: 'unverified' });
		expect(screen.getByText('Unverified')).toBeInTheDocument();
	});

	it('puts the reason of a doubtful row in its tooltip', () => {
		render(StatusBadge, {
			status: 'doubtful',
			note: 'IGF is convened by the UN Secretary-General'
		});
		expect(screen.getByText('Doubtful').closest('[title]')).toHaveAttribute(
			'title',
			'Doubtful: IGF is convened by the UN Secretary-General'
		);
	});
});
