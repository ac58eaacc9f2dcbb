/** The optional target columns: reason for no status, what ITU reports instead, proxies, caveat. */
import { describe, expect, it } from 'vitest';
import type { DatasetFiles } from '../../../src/lib/data/types';
import { expectOnlyError, goodFiles, validOf } from './helpers';

const COLUMNS = [
	'caveat',
	'no_status_reason',
	'no_status_source',
	'reported_instead',
	'proxy_indicator',
	'proxy_region',
	'proxy_reason',
	'proxy_source'
];

/** The good fixture with the new columns appended to targets.csv and `cells` set on row 2. */
function withTargetCells(cells: Record<string, string>): DatasetFiles {
	const files = goodFiles();
	const lines = files['targets.csv']!.trimEnd().split('\n');
	const quote = (v: string) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
	const out = lines.map((line, i) => {
		if (i === 0) return `${line},${COLUMNS.join(',')}`;
		const extra = COLUMNS.map((c) => (i === 1 ? quote(cells[c] ?? '') : ''));
		return `${line},${extra.join(',')}`;
	});
	return { ...files, 'targets.csv': out.join('\n') + '\n' };
}

describe('targets.csv: no_status_* , reported_instead and proxy_* columns', () => {
	it('reads a sourced reason, what is reported instead, a proxy and a caveat', () => {
		const { model } = validOf(
			withTargetCells({
				caveat: 'Ages differ.',
				no_status_reason: 'The series ends in 2018.',
				no_status_source: 'seed-000;seed-001',
				reported_instead: 'mobile-coverage-3g',
				proxy_region: 'Low- and middle-income countries',
				proxy_reason: 'The closest published group.',
				proxy_source: 'seed-001'
			})
		);
		const t = model.targets[0]!;
		expect(t.caveat).toBe('Ages differ.');
		expect(t.noStatus).toEqual({
			reason: 'The series ends in 2018.',
			source: ['seed-000', 'seed-001']
		});
		expect(t.reportedInstead).toEqual(['mobile-coverage-3g']);
		expect(t.proxy).toEqual({
			indicator: undefined,
			region: 'Low- and middle-income countries',
			reason: 'The closest published group.',
			source: ['seed-001']
		});
		expect(model.targets[1]!.proxy).toBeUndefined();
		expect(model.targets[1]!.noStatus).toBeUndefined();
	});

	it('reports a reason without a source at its row and column', () => {
		expectOnlyError(
			withTargetCells({ no_status_reason: 'No series.' }),
			{ file: 'targets.csv', row: 2, column: 'no_status_source' },
			/required when no_status_reason is given/
		);
	});

	it('reports a proxy without a reason, and one without a source', () => {
		expectOnlyError(
			withTargetCells({ proxy_indicator: 'mobile-coverage-3g', proxy_source: 'seed-001' }),
			{ file: 'targets.csv', row: 2, column: 'proxy_reason' },
			/required when a proxy indicator or region is given/
		);
		expectOnlyError(
			withTargetCells({ proxy_region: 'LDCs', proxy_reason: 'Closest group.' }),
			{ file: 'targets.csv', row: 2, column: 'proxy_source' },
			/required when a proxy indicator or region is given/
		);
	});

	it('reports an unknown indicator in reported_instead and an unknown source in a list', () => {
		expectOnlyError(
			withTargetCells({ reported_instead: 'mobile-coverage-3g;no-such-indicator' }),
			{ file: 'targets.csv', row: 2, column: 'reported_instead' },
			'"no-such-indicator" is not an id in indicators.csv'
		);
		expectOnlyError(
			withTargetCells({ no_status_reason: 'x', no_status_source: 'seed-000;nowhere' }),
			{ file: 'targets.csv', row: 2, column: 'no_status_source' },
			'"nowhere" is not an id in sources.csv'
		);
	});
});
