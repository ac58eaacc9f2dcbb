import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/lib/data/validate';
import type { Dataset } from '../../../src/lib/data/types';
import { describeView, filterPhrases, joinWords, plural } from '../../../src/lib/views/describe';
import { parseViewState } from '../../../src/lib/views/state';

const dir = join(__dirname, '../../../data');
const files = Object.fromEntries(
	readdirSync(dir)
		.filter((n) => n.endsWith('.csv'))
		.map((n) => [n, readFileSync(join(dir, n), 'utf8')])
);
const result = validateDataset(files);
if (!result.ok) throw new Error('data/ must be valid');
const data: Dataset = result.model;
const st = (qs: string) => parseViewState(new URLSearchParams(qs)).state;
const now = Date.UTC(2026, 0, 1);
// The graph opens without the names flagged doubtful and without SDG targets (shown under an SDG
// filter): the nodes a default view draws.
const opening = data.nodes.filter((n) => n.status !== 'doubtful' && n.kind !== 'sdg_target');

describe('words', () => {
	it.each([
		[0, 'node', '0 nodes'],
		[1, 'node', '1 node'],
		[2, 'node', '2 nodes'],
		[2208, 'row', '2,208 rows']
	])('plural(%i, %s) is %s', (n, one, out) => expect(plural(n, one)).toBe(out));
	it('joins lists in English', () => {
		expect(joinWords([])).toBe('');
		expect(joinWords(['a'])).toBe('a');
		expect(joinWords(['a', 'b'])).toBe('a and b');
		expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
	});
	it('names every active filter: SDGs with their names, sectors, types, statuses, years', () => {
		const p = filterPhrases(
			st('sdg=9,4&sector=itu-d,gs&type=initiative&status=verified&years=2003-2005'),
			data
		);
		expect(p).toEqual([
			'aligned with SDG 4 (Quality Education) and SDG 9 (Industry, Innovation and Infrastructure)',
			'in ITU-D and the General Secretariat',
			'of type initiative',
			'with data status verified',
			'active between 2003 and 2005'
		]);
	});
});

describe('describeView: graph', () => {
	it('counts every node the graph opens with when nothing is filtered', () => {
		expect(describeView('graph', st(''), data)).toBe(`Graph of ${opening.length} nodes.`);
		expect(describeView('graph', st('doubtful=1'), data)).toBe(
			`Graph of ${data.nodes.filter((n) => n.kind !== 'sdg_target').length} nodes.`
		);
	});
	it('names the filters and the selection with its links', () => {
		const text = describeView('graph', st('sector=itu-d&sel=itu-d'), data);
		expect(text).toMatch(
			/^Graph of \d+ nodes in ITU-D, with Telecommunication Development Sector selected \(\d+ links\)\.$/
		);
	});
	it('names the focus depth and how many nodes are within reach', () => {
		const text = describeView('graph', st('sel=itu-d&depth=1'), data);
		expect(text).toMatch(
			/focused on Telecommunication Development Sector \(1 degree\): \d+ nodes within reach\.$/
		);
		expect(describeView('graph', st('sel=itu-d&depth=2'), data)).toContain('(2 degrees)');
	});
	it('says when nothing matches, and when the selection is hidden', () => {
		expect(describeView('graph', st('type=treaty&sector=itu-r&status=doubtful'), data)).toBe(
			'Graph of 0 nodes in ITU-R, of type treaty, with data status doubtful: nothing matches these filters.'
		);
		expect(describeView('graph', st('sector=itu-r&sel=itu-d'), data)).toContain(
			'Telecommunication Development Sector is selected but hidden by the filters.'
		);
	});
	it('ignores a selection that is not in the dataset', () => {
		expect(describeView('graph', st('sel=no-such-id'), data)).toBe(
			`Graph of ${opening.length} nodes.`
		);
	});
});

describe('describeView: timeline', () => {
	it('counts items and lanes, and the highlighted years', () => {
		const text = describeView('timeline', st('years=2003-2005'), data, { now });
		expect(text).toMatch(/^Timeline of \d+ items in \d+ lanes, highlighting 2003 to 2005\.$/);
	});
	it('names filters and the selection; an empty result says so', () => {
		const text = describeView('timeline', st('sector=itu-d&sel=itu-d'), data, { now });
		expect(text).toMatch(
			/^Timeline of \d+ items in ITU-D in \d+ lanes?\. Telecommunication Development Sector is selected\.$/
		);
		const none = describeView('timeline', st('type=no-such-type'), data, { now });
		expect(none).toContain('nothing matches these filters');
	});
});

describe('describeView: targets', () => {
	it('counts shown targets and their computed statuses as of a year', () => {
		const text = describeView('targets', st(''), data, { asOfYear: 2026 });
		const total = data.targets.filter((t) => t.framework === 'connect-2030').length;
		expect(text).toMatch(
			new RegExp(`^Connect 2030[^:]*: ${total} of ${total} targets shown, as of 2026: .+\\.$`)
		);
	});
	it('says when no target matches', () => {
		const text = describeView('targets', st('type=no-such-type'), data, { asOfYear: 2026 });
		expect(text).toMatch(
			/: 0 of \d+ targets shown of type no-such-type; nothing matches these filters\.$/
		);
	});
	it('names an unknown framework', () => {
		expect(describeView('targets', st('fw=nope'), data, { asOfYear: 2026 })).toBe(
			'Targets: this framework is not in the dataset.'
		);
	});
});

describe('describeView: home and data', () => {
	it('home lists the headline figures, saying where sources disagree', () => {
		const text = describeView('home', st(''), data);
		expect(text).toMatch(/^ITU at a glance, computed from the data\. /);
		expect(text).toContain('Member States: 193 or 194 (sources disagree)');
		expect(text).toContain(
			`Connect 2030 targets: ${data.targets.filter((t) => t.framework === 'connect-2030').length}`
		);
		expect(text.endsWith('.')).toBe(true);
	});
	it('data counts tables, rows and sources, and rows per status', () => {
		const text = describeView('data', st(''), data);
		// The number of sources is read from the dataset (it grows as sources are added).
		const n = data.sources.length;
		expect(text).toMatch(
			new RegExp(
				`^Data and sources: 15 tables with [\\d,]+ rows from ${n} sources; by status, [\\d,]+ verified, \\d+ partial, \\d+ unverified, \\d+ conflict, \\d+ seed-only and \\d+ doubtful\\.$`
			)
		);
		expect(text).not.toContain('Showing');
	});
	it('data names the table shown, in the singular for one row', () => {
		const one: Dataset = { ...data, frameworks: data.frameworks.slice(0, 1) };
		expect(describeView('data', st(''), data, { table: 'sources.csv' })).toMatch(
			new RegExp(` Showing the Sources table \\(${data.sources.length} rows\\)\\.$`)
		);
		expect(describeView('data', st(''), one, { table: 'frameworks.csv' })).toMatch(
			/ Showing the Frameworks table \(1 row\)\.$/
		);
		expect(describeView('data', st(''), data, { table: 'nope.csv' })).not.toContain('Showing');
	});
});
