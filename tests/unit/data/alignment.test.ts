import { describe, expect, it } from 'vitest';
import { alignedSdgs, deriveAlignment, type SdgLink } from '../../../src/lib/data/alignment';
import { addRow, goodFiles, setCell, validOf } from './helpers';
import type { DatasetFiles } from '../../../src/lib/data';

/** The good fixture with the alignment rows of a small story: C2 → SDG 9 (Matrix), target 17.8. */
function story(extra: (f: DatasetFiles) => DatasetFiles = (f) => f): DatasetFiles {
	let f = goodFiles();
	f = addRow(f, 'sdg_targets.csv', {
		id: 'sdg-17.8',
		sdg: 'sdg-17',
		code: '17.8',
		status: 'verified',
		source: 'un-res-70-1'
	});
	f = addRow(f, 'sdg_alignment.csv', {
		from: 'wsis-c2',
		to: 'sdg-9.c',
		kind: 'matrix',
		quote: 'Infrastructure for industry',
		status: 'verified',
		source: 'seed-001'
	});
	f = addRow(f, 'sdg_alignment.csv', {
		from: 'itu',
		to: 'sdg-17.8',
		kind: 'custodian',
		sdg_indicator: '17.8.1',
		status: 'verified',
		source: 'un-res-70-1'
	});
	return extra(f);
}

const linksOf = (files: DatasetFiles) => deriveAlignment(validOf(files).model);
const brief = (l: SdgLink) =>
	`${l.from} ${l.kind} SDG ${l.sdg}${l.target ? ` (${l.target})` : ''} via ${l.path
		.map((s) => `${s.from}>${s.to}`)
		.join(',')}`;

describe('deriveAlignment', () => {
	it('states what rows state: alignment rows and SDG relations, a target counting for its SDG', () => {
		const stated = linksOf(story()).filter((l) => l.kind === 'stated');
		expect(stated.map(brief)).toEqual([
			'wsis-c2 stated SDG 9 (sdg-9.c) via wsis-c2>sdg-9.c',
			'giga stated SDG 4 via giga>sdg-4',
			'giga stated SDG 9 via giga>sdg-9'
		]);
		expect(stated[0]!.path[0]).toMatchObject({
			label: 'WSIS–SDG Matrix',
			table: 'sdg_alignment.csv',
			quote: 'Infrastructure for industry',
			source: ['seed-001']
		});
	});

	it('derives through a facilitated WSIS Action Line, keeping the whole path', () => {
		const via = linksOf(story()).filter((l) => l.kind === 'derived' && l.path.length === 2);
		expect(via.map(brief)).toEqual(['itu derived SDG 9 (sdg-9.c) via itu>wsis-c2,wsis-c2>sdg-9.c']);
		expect(via[0]!.path.map((s) => s.label)).toEqual(['facilitates', 'WSIS–SDG Matrix']);
		expect(via[0]!.source).toEqual(['seed-001']);
	});

	it('derives from custodianship of an SDG indicator, and from measuring an SDG indicator', () => {
		const files = story((f) =>
			addRow(f, 'relations.csv', {
				from: 'giga',
				type: 'measures',
				to: 'mobile-coverage-3g',
				status: 'unverified',
				source: 'seed-001'
			})
		);
		const measured = linksOf(files).filter((l) => l.path[0]!.sdgIndicator);
		expect(measured.map(brief)).toEqual([
			'itu derived SDG 17 (sdg-17.8) via itu>sdg-17.8',
			'giga derived SDG 9 (sdg-9.c) via giga>mobile-coverage-3g'
		]);
		// The weakest status on the path is the link's.
		expect(measured[1]!.status).toBe('unverified');
	});

	it('never lets a doubtful name carry or pass on an alignment', () => {
		const files = story((f) => {
			let g = setCell(f, 'entities.csv', 2, 'status', 'doubtful');
			g = setCell(g, 'entities.csv', 2, 'status_note', 'test');
			g = addRow(g, 'sdg_alignment.csv', {
				from: 'itu-quantum-academy',
				to: 'sdg-9',
				kind: 'stated',
				status: 'verified',
				source: 'seed-001'
			});
			return g;
		});
		const links = linksOf(files);
		expect(links.some((l) => l.from === 'itu' || l.from === 'itu-quantum-academy')).toBe(false);
		// The action line keeps its own (stated) link.
		expect(links.some((l) => l.from === 'wsis-c2')).toBe(true);
	});

	it('counts stated links only, or stated and derived ones, per node', () => {
		const model = validOf(story()).model;
		const links = deriveAlignment(model);
		expect(alignedSdgs(links, model.nodes, 'stated').get('itu')).toBeUndefined();
		expect(alignedSdgs(links, model.nodes, 'derived').get('itu')).toEqual(new Set([9, 17]));
		expect(alignedSdgs(links, model.nodes, 'stated').get('sdg-4')).toEqual(new Set([4]));
	});
});
