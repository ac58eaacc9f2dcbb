import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import EntityPanel from '../../../src/lib/components/panel/EntityPanel.svelte';
import type { Dataset, Fact, Source } from '../../../src/lib/data/types';
import { tinyItu } from '../../unit/graph/factory';

const origin = { file: 'facts.csv', row: 2 };
const { nodes, links } = tinyItu();
const sources: Source[] = [
	{ id: 's', title: 'ITU history portal', url: 'https://www.itu.int/history', kind: 'web', origin },
	{ id: 'b', title: 'Backgrounder', kind: 'report', origin }
];
const facts: Fact[] = [
	{
		id: 'f1',
		subject: 'itu-d',
		attribute: 'sector_members',
		value: '400',
		year: 2022,
		status: 'conflict',
		statusNote: 'Another page says 380',
		source: ['s'],
		origin
	},
	{
		id: 'f2',
		subject: 'itu-d',
		attribute: 'sector_members',
		value: '380',
		status: 'conflict',
		source: ['b'],
		origin
	}
];
const dataset = {
	nodes,
	links,
	facts,
	sources,
	sdgs: [
		{
			id: 'sdg-9',
			number: 9,
			shortName: 'Industry',
			title: '',
			colour: '#FD6925',
			status: 'verified',
			source: [],
			origin
		}
	],
	targets: [],
	events: []
} as unknown as Dataset;

function setup(id = 'itu-d') {
	const onselect = vi.fn();
	const onclose = vi.fn();
	render(EntityPanel, { dataset, id, href: (x: string) => `?v=1&sel=${x}`, onselect, onclose });
	return { onselect, onclose };
}

describe('EntityPanel', () => {
	it('says what it is told of a node without known years', () => {
		// No node of the tiny graph has years.
		render(EntityPanel, {
			dataset,
			id: 'giga',
			href: (x: string) => `?v=1&sel=${x}`,
			onselect: vi.fn(),
			onclose: vi.fn(),
			undated: 'Dates unknown: shown in every year'
		});
		expect(screen.getByText('Dates unknown: shown in every year')).toBeInTheDocument();
	});

	it('says nothing of unknown years unless asked', () => {
		setup('giga');
		expect(screen.queryByText(/Dates unknown/)).toBeNull();
	});

	it('is a region named after the node, with its type, Sector and description', () => {
		setup();
		const region = screen.getByRole('region', { name: 'Telecommunication Development Sector' });
		expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent(
			'Telecommunication Development Sector'
		);
		expect(region).toHaveTextContent('sector');
		expect(region).toHaveTextContent('ITU-D (Development)');
		expect(region).toHaveTextContent('3 connections');
	});

	it('lists every fact with its status and source, conflicting claims side by side', () => {
		setup();
		expect(screen.getByText('400')).toBeInTheDocument();
		expect(screen.getByText('380')).toBeInTheDocument();
		expect(screen.getAllByText('Conflict')).toHaveLength(2);
		expect(screen.getAllByRole('link', { name: 'ITU history portal' })[0]).toHaveAttribute(
			'href',
			'https://www.itu.int/history'
		);
		expect(screen.getByText('Another page says 380')).toBeInTheDocument();
	});

	it('groups relations by type; each one is a link that moves the selection', async () => {
		const { onselect } = setup();
		expect(screen.getByRole('heading', { name: /has part/ })).toBeInTheDocument();
		const link = screen.getByRole('link', { name: 'Telecommunication Development Bureau' });
		expect(link).toHaveAttribute('href', '?v=1&sel=bdt');
		await fireEvent.click(link);
		expect(onselect).toHaveBeenCalledWith('bdt');
	});

	it('lists linked SDGs with their number', () => {
		setup('giga');
		const sdgs = screen.getByRole('heading', { name: 'Sustainable Development Goals' });
		expect(sdgs).toBeInTheDocument();
		expect(
			screen.getByRole('link', { name: 'Industry, innovation and infrastructure' })
		).toBeInTheDocument();
	});

	it('closes on Escape and with the close button', async () => {
		const { onclose } = setup();
		await fireEvent.keyDown(screen.getByRole('heading', { level: 2 }), { key: 'Escape' });
		await fireEvent.click(screen.getByRole('button', { name: 'Close panel' }));
		expect(onclose).toHaveBeenCalledTimes(2);
	});

	it('offers a deep link to the view', () => {
		setup();
		expect(screen.getByRole('link', { name: 'Link to this view' })).toHaveAttribute(
			'href',
			'?v=1&sel=itu-d'
		);
	});

	it('shows nothing for an unknown id', () => {
		setup('nope');
		expect(screen.queryByRole('region')).toBeNull();
	});
});
