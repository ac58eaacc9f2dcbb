import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ObservationTable from '../../../src/lib/components/targets/ObservationTable.svelte';
import { obs } from '../../unit/targets/factories';

describe('ObservationTable: status notes are written out, not only in a tooltip', () => {
	it('shows a value’s status note as text in its row', () => {
		const note = 'Reported in a press release only; not in the report tables.';
		render(ObservationTable, {
			props: {
				observations: [
					obs(2021, 63, { id: 'a' }),
					obs(2022, 66, { id: 'b', status: 'unverified', statusNote: note })
				],
				sources: new Map(),
				caption: 'Values'
			}
		});
		const rows = within(screen.getByRole('table', { name: 'Values' })).getAllByRole('row');
		expect(rows[2]).toHaveTextContent(note);
		expect(rows[1]).not.toHaveTextContent(note);
	});
});
