import { describe, expect, it } from 'vitest';
import { dataModel, dataRows } from '../../../src/lib/views/data/model';
import { SHARED_DEFAULTS } from '../../../src/lib/views/shared';
import { data, st } from '../handout/shipped';

const f = (patch: Partial<typeof SHARED_DEFAULTS>) => ({ ...SHARED_DEFAULTS, ...patch });
const rows = [
	{ id: 'a', sectors: ['ITU-D'], startYear: 1992, status: 'verified' },
	{ id: 'b', sectors: ['ITU-R'], startYear: 1927, endYear: 1992, status: 'partial' },
	{ id: 'c', start: { year: 2003, precision: 'day' }, sectors: [], status: 'verified' },
	{ id: 'd', year: 2023, status: 'unverified' },
	{ id: 'e', name: 'no years, no sectors', status: 'verified' }
];
const ids = (r: { id: string }[]) => r.map((x) => x.id);

describe('the Data page honours the shared filters', () => {
	it('keeps every row without filters', () => {
		expect(ids(dataRows(rows, SHARED_DEFAULTS))).toEqual(['a', 'b', 'c', 'd', 'e']);
	});
	it('filters by Sector where the table has sectors', () => {
		expect(ids(dataRows(rows, f({ sector: ['ITU-D'] })))).toEqual(['a', 'd', 'e']);
	});
	it('filters by years where a row has them (open spans run on)', () => {
		expect(ids(dataRows(rows, f({ years: { from: 1990, to: 2015 } })))).toEqual([
			'a',
			'b',
			'c',
			'e'
		]);
		expect(ids(dataRows(rows, f({ years: { from: 1800, to: 1900 } })))).toEqual(['e']);
	});
	it('filters by status', () => {
		expect(ids(dataRows(rows, f({ status: ['partial'] })))).toEqual(['b']);
	});
});

describe('the Data page model', () => {
	it('shows the entities table (347 rows) unless another is asked for', () => {
		const m = dataModel(data, st(''), null);
		expect(m.selected.title).toBe('Entities');
		expect(m.rows).toHaveLength(347);
		expect(m.phrases).toEqual([]);
		expect(dataModel(data, st(''), 'events').selected.title).toBe('Events');
		expect(dataModel(data, st(''), 'no_such_table').selected.title).toBe('Entities');
	});
	it('applies the status filter and words only the filters that apply to tables', () => {
		const m = dataModel(data, st('status=doubtful&sdg=9&type=sector'), 'entities');
		expect(m.rows).toHaveLength(122);
		expect(m.selected.rows).toHaveLength(347);
		expect(m.phrases).toEqual(['with data status doubtful']);
		expect(dataModel(data, st('sector=itu-d'), null).phrases).toEqual(['in ITU-D']);
	});
});
