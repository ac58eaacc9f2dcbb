import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import IssueList from '../../src/lib/components/IssueList.svelte';
import type { DataIssue } from '../../src/lib/data/types';

const issue = (row: number): DataIssue => ({
	file: 'entities.csv',
	row,
	column: 'start_year',
	message: `"19x2" is not a whole year`,
	severity: 'error'
});

describe('IssueList', () => {
	it('lists each problem as file:row:column — message', () => {
		render(IssueList, { issues: [issue(14)], label: 'Problems' });
		const list = screen.getByRole('list', { name: 'Problems' });
		expect(list).toHaveTextContent('entities.csv:14:start_year — "19x2" is not a whole year');
		expect(list).toHaveTextContent('Error:');
	});

	it('shows the first ones and reveals the rest on request', async () => {
		const many = Array.from({ length: 60 }, (_, i) => issue(i + 2));
		render(IssueList, { issues: many, label: 'Problems', limit: 50 });
		expect(screen.getAllByRole('listitem')).toHaveLength(50);
		await fireEvent.click(screen.getByRole('button', { name: 'Show all 60' }));
		expect(screen.getAllByRole('listitem')).toHaveLength(60);
	});
});
