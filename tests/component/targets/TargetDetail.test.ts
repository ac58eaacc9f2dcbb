import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/data/types';
import { targetStatus } from '../../../src/lib/targets/status';
import TargetDetail from '../../../src/routes/targets/TargetDetail.svelte';
import { obs, target } from '../../unit/targets/factories';

beforeAll(() => {
	globalThis.ResizeObserver ??= class {
		observe() {}
		unobserve() {}
		disconnect() {}
	} as unknown as typeof ResizeObserver;
});

const prov = { status: 'verified' as const, source: ['s'], origin: { file: 'x.csv', row: 2 } };
const rows = [
	obs(2019, 53, { id: 'w19', edition: 'ITU Facts & Figures 2019', source: ['ff'] }),
	obs(2023, 67, { id: 'w23', edition: 'ITU Facts & Figures 2023', source: ['ff'] }),
	obs(2023, 35, { id: 'l23', region: 'LDCs', edition: 'ITU Facts & Figures 2023', source: ['ff'] })
];
const t = target();
const dataset = {
	sources: [{ id: 'ff', title: 'Facts and Figures', kind: 'report', origin: prov.origin }],
	goals: [{ id: 'c2030-g1', framework: 'connect-2030', number: 1, name: 'Growth', ...prov }],
	frameworks: [{ id: 'connect-2030', name: 'Connect 2030 Agenda', aliases: [], ...prov }],
	indicators: [{ id: 'internet-use', name: 'Individuals using the Internet', ...prov }],
	targets: [t],
	observations: rows,
	nodes: [],
	links: []
} as unknown as Dataset;
const status = targetStatus(t, rows, { asOfYear: 2026 });
const props = {
	dataset,
	target: t,
	status,
	observations: rows,
	others: [],
	asOfYear: 2026,
	caption: ['Caption line'],
	stamp: { version: '3f2a1c9d', builtAt: '2026-11-23' }
};

describe('TargetDetail: a chart with its table alternative', () => {
	it('draws the target region and tabulates the same values, with the deciding one marked', () => {
		render(TargetDetail, { props });
		expect(screen.getByText('Not achieved by the deadline')).toBeInTheDocument();
		expect(
			screen.getByRole('application', { name: /Target 1\.2: World, 2 values/ })
		).toBeInTheDocument();
		const table = screen.getByRole('table', { name: /The numbers behind the chart: 2 values/ });
		const body = within(table).getAllByRole('row').slice(1);
		expect(body.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual([
			'2019',
			'2023'
		]);
		expect(within(table).getByText('decides the status')).toBeInTheDocument();
	});
	it('adds a region to the chart and the table together', async () => {
		render(TargetDetail, { props });
		await fireEvent.click(screen.getByRole('button', { name: 'All regions' }));
		expect(screen.getByRole('application', { name: /LDCs.*3 values/ })).toBeInTheDocument();
		expect(screen.getByRole('table', { name: /3 values/ })).toBeInTheDocument();
		expect(screen.getByText(/Regions drawn: 2 of 2/)).toBeInTheDocument();
	});
});
