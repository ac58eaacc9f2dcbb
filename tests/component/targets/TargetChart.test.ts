import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import ObservationTable from '../../../src/lib/components/targets/ObservationTable.svelte';
import TargetChart from '../../../src/lib/components/targets/TargetChart.svelte';
import type { Source } from '../../../src/lib/data/types';
import { targetStatus } from '../../../src/lib/targets/status';
import { obs, target } from '../../unit/targets/factories';

beforeAll(() => {
	// jsdom has no ResizeObserver (used by bind:clientWidth).
	globalThis.ResizeObserver ??= class {
		observe() {}
		unobserve() {}
		disconnect() {}
	} as unknown as typeof ResizeObserver;
});

const rows = [
	obs(2019, 53, {
		id: 'a',
		edition: 'ITU Facts & Figures 2019',
		nature: 'observed',
		source: ['ff19']
	}),
	obs(2021, 63, {
		id: 'b',
		edition: 'ITU Facts & Figures 2023',
		nature: 'estimated',
		source: ['ff23']
	}),
	obs(2023, 67, {
		id: 'c',
		edition: 'ITU Facts & Figures 2023',
		nature: 'estimated',
		source: ['ff23']
	}),
	obs(2022, 71, { id: 'd', edition: 'Blog 2023', status: 'unverified', source: ['blog'] })
];
const t = target({ status: 'unverified' });
const status = targetStatus(t, rows, { asOfYear: 2026, adoptedYear: 2018 });
const sources = new Map<string, Source>([
	[
		'ff23',
		{
			id: 'ff23',
			title: 'Facts and Figures 2023',
			url: 'https://example.org/ff23',
			kind: 'report',
			origin: { file: 'sources.csv', row: 2 }
		}
	]
]);

describe('TargetChart', () => {
	it('is a focusable chart that announces the point the status is decided on, then moves with arrows', async () => {
		render(TargetChart, {
			props: { target: t, status, observations: rows, label: 'Target 1.2, World' }
		});
		const chart = screen.getByRole('application', { name: /Target 1\.2, World/ });
		expect(chart).toHaveAttribute('tabindex', '0');
		await fireEvent.focus(chart);
		const readout = document.querySelector('.readout')!;
		expect(readout.textContent).toBe(
			'2023: 67% of population, World, ITU Facts & Figures 2023, estimated'
		);
		await fireEvent.keyDown(chart, { key: 'ArrowLeft' });
		expect(readout.textContent).toContain('2021: 63%');
		await fireEvent.keyDown(chart, { key: 'ArrowUp' });
		expect(readout.textContent).toContain('unverified: not counted for the status');
	});
	it('labels an unverified target wording inside the chart, and draws marks by nature', () => {
		const { container } = render(TargetChart, {
			props: { target: t, status, observations: rows, label: 'x' }
		});
		expect(container.querySelector('svg')!.textContent).toContain('target wording unverified');
		expect(container.querySelectorAll('circle.pt.filled')).toHaveLength(1);
		expect(container.querySelectorAll('circle.pt.hollow')).toHaveLength(3);
		expect(container.querySelector('text.q')!.textContent).toBe('?');
		expect(container.querySelector('circle.goal')).not.toBeNull();
	});
});

describe('ObservationTable (the chart’s table alternative)', () => {
	it('lists every value drawn with edition, nature, status and linked sources', () => {
		render(ObservationTable, {
			observations: rows,
			sources,
			caption: 'The numbers',
			judgedId: status.judged?.id
		});
		const table = screen.getByRole('table', { name: 'The numbers' });
		const body = within(table).getAllByRole('row').slice(1);
		expect(body).toHaveLength(4);
		const judged = body.find((r) => r.textContent!.includes('decides the status'))!;
		expect(judged.textContent).toContain('2023');
		expect(judged.textContent).toContain('67%');
		expect(within(judged).getByRole('link', { name: 'Facts and Figures 2023' })).toHaveAttribute(
			'href',
			'https://example.org/ff23'
		);
		expect(within(table).getByText('Unverified')).toBeInTheDocument();
		expect(within(table).getAllByText('estimated')).toHaveLength(3);
	});
	it('says so when there is no observation', () => {
		render(ObservationTable, { observations: [], sources, caption: 'None' });
		expect(screen.getByText('No observation in the data for this target.')).toBeInTheDocument();
	});
});
