import { describe, expect, it } from 'vitest';
import { NO_FILTERS, sdgAlignment } from '$lib/filters/facets';
import { buildGraph } from '$lib/graph/model';
import { visibility } from '$lib/graph/visibility';
import {
	activeCount,
	exportBaseName,
	brightOf,
	filterTotal,
	focusOf,
	pageNotices,
	pathsOf,
	screenFrame,
	yearNote
} from '$lib/views/graph/model';
import { node, tinyItu } from '../graph/factory';

const { nodes, links } = tinyItu();
const g = buildGraph(nodes, links);
const aligned = sdgAlignment(nodes, links);
const all = visibility(g, NO_FILTERS, aligned);
const at = (id: string) => g.index.get(id)!;
const names = (s: Set<number> | null) => (s ? [...s].map((i) => g.nodes[i]!.id).sort() : null);

describe('the graph page model', () => {
	it('counts the filters, legend toggles and year range that are on', () => {
		const none = { ...NO_FILTERS, hide: [], hideLinks: [] };
		expect(activeCount(none, null)).toBe(0);
		expect(activeCount({ ...none, sdg: [9, 13], hide: ['event'] }, { from: 1950, to: 1950 })).toBe(
			4
		);
	});

	it('focus mode brightens the selection and its neighbours, only when shown', () => {
		expect(names(focusOf(g, at('giga'), 1, all))).toEqual(['giga', 'itu-d', 'sdg-9']);
		expect(focusOf(g, at('giga'), 0, all)).toBeNull();
		const noGiga = visibility(g, { ...NO_FILTERS, sector: ['ITU-R'] }, aligned);
		expect(focusOf(g, at('giga'), 1, noGiga)).toBeNull();
	});

	it('a path brightens its nodes; hovering wins over it, and it over the focus', () => {
		const p = pathsOf(g, ['giga', 'brsg'], all);
		expect(p.paths).toHaveLength(1);
		expect(names(p.nodes)).toEqual(['brsg', 'giga', 'itu', 'itu-d', 'itu-r']);
		expect(p.links.size).toBe(4);
		const focus = focusOf(g, at('giga'), 1, all);
		expect(brightOf(g, -1, all, p.nodes, focus)).toBe(p.nodes);
		expect(brightOf(g, -1, all, null, focus)).toBe(focus);
		expect(names(brightOf(g, at('brsg'), all, p.nodes, focus))).toEqual(['brsg', 'itu-r']);
	});

	it('no path when an end is missing or the filters cut them apart', () => {
		expect(pathsOf(g, ['giga', 'nope'], all)).toMatchObject({ ends: [at('giga'), -1], paths: [] });
		const noItu = visibility(g, { ...NO_FILTERS, sector: ['ITU-D', 'ITU-R'] }, aligned);
		expect(pathsOf(g, ['giga', 'brsg'], noItu).nodes).toBeNull();
	});

	it('says when the link names a node the dataset lacks', () => {
		expect(pageNotices(g, { sel: 'nope', path: ['giga', 'gone'] })).toEqual([
			'No node “nope” in this dataset: nothing is selected.',
			'No node “gone” in this dataset: no path is shown.'
		]);
		expect(pageNotices(g, { sel: 'giga', path: null })).toEqual([]);
	});

	it('the year line counts the nodes shown and those with unknown dates', () => {
		expect(yearNote(g, all, null)).toBe('');
		// No node of the tiny graph has dates: all ten stay, and the line says why.
		expect(yearNote(g, all, { from: 1950, to: 1950 })).toBe(
			'In 1950: 10 nodes, of which 10 with unknown dates (shown, as nothing says they were not there).'
		);
		expect(yearNote(g, all, { from: 2015, to: 2023 })).toMatch(/^2015–2023: 10 nodes/);
	});

	it('counts SDG targets in the total only under an SDG filter', () => {
		const withTarget = buildGraph(
			[...nodes, node('sdg-9.c', 'sdg_target', [], { kind: 'sdg_target' })],
			links
		);
		expect(filterTotal(withTarget, NO_FILTERS)).toBe(10);
		expect(filterTotal(withTarget, { ...NO_FILTERS, sdg: [9] })).toBe(11);
	});
});

describe('export file names', () => {
	const base = {
		sector: [],
		sdg: [],
		type: [],
		status: [],
		years: null,
		sel: null,
		path: null
	} as Parameters<typeof exportBaseName>[0];

	it('say what the export shows', () => {
		expect(exportBaseName(base)).toBe('itu-atlas-graph');
		expect(exportBaseName({ ...base, sector: ['ITU-T'], sel: 'giga' })).toBe(
			'itu-atlas-graph-itu-t-giga'
		);
		expect(
			exportBaseName({
				...base,
				sdg: [9, 13],
				type: ['study_group'],
				years: { from: 1950, to: 1950 }
			})
		).toBe('itu-atlas-graph-sdg-9-sdg-13-study-group-1950');
		expect(exportBaseName({ ...base, sel: 'equals', path: ['equals', 'giga'] })).toBe(
			'itu-atlas-graph-equals-to-giga'
		);
		expect(exportBaseName({ ...base, years: { from: 2015, to: 2023 }, status: ['verified'] })).toBe(
			'itu-atlas-graph-verified-2015-2023'
		);
	});
});

describe('the screen frame', () => {
	it('is the graph box the camera shows', () => {
		// Scale 2, the graph origin at screen (100, 50), an 800 × 600 view.
		expect(screenFrame({ k: 2, x: 100, y: 50 }, { width: 800, height: 600 })).toEqual({
			x0: -50,
			y0: -25,
			x1: 350,
			y1: 275
		});
		expect(screenFrame({ k: 1, x: 0, y: 0 }, { width: 0, height: 0 })).toBeNull();
	});
});
