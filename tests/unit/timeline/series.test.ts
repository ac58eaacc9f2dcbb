import { describe, expect, it } from 'vitest';
import { utc } from '$lib/timeline/dates';
import { expandSeries, expectedWindows } from '$lib/timeline/series';
import { entity, event } from './factory';

const NOW = utc(2026, 11, 23);

describe('expectedWindows', () => {
	it('fills the years a 4-year cadence implies but the data lacks, up to the last year', () => {
		expect(expectedWindows([2014, 2022], 'every-4-years', 2014, 2030)).toEqual([
			[2018, 2018],
			[2026, 2026],
			[2030, 2030]
		]);
	});
	it('restarts the cadence from a meeting that came early or late', () => {
		expect(expectedWindows([2019, 2023], 'every-3-4-years', 2019, 2030)).toEqual([
			[2026, 2027],
			[2029, 2030]
		]);
		expect(expectedWindows([1989, 1992, 1994], 'every-4-years', 1989, 1998)).toEqual([
			[1998, 1998]
		]);
	});
	it('does not fill an irregular gap between recorded meetings', () => {
		expect(expectedWindows([1947, 1989], 'every-4-years', 1947, 2000)).toEqual([
			[1993, 1993],
			[1997, 1997]
		]);
		expect(expectedWindows([1992, 1998], 'every-4-years', 1992, 1998)).toEqual([]);
	});
	it('bridges a regular gap of a 3-to-4-year cadence with a window', () => {
		expect(expectedWindows([2012, 2019], 'every-3-4-years', 2012, 2019)).toEqual([[2015, 2016]]);
	});
	it('gives windows, not years, for a 3-to-4-year cadence', () => {
		expect(expectedWindows([2023], 'every-3-4-years', 2023, 2030)).toEqual([
			[2026, 2027],
			[2029, 2030]
		]);
	});
	it('implies nothing for an irregular series or with no anchor', () => {
		expect(expectedWindows([2003, 2005], 'irregular', 2003, 2030)).toEqual([]);
		expect(expectedWindows([], 'annual', undefined, 2030)).toEqual([]);
	});
});

describe('expandSeries', () => {
	const wtisd = entity('wtisd', {
		type: 'event_series',
		cadence: 'annual',
		fixedDate: '05-17',
		startYear: 2020,
		aliases: ['WTISD']
	});

	it('marks every 17 May from the start year, highlighting the dated instances', () => {
		const items = expandSeries(
			wtisd,
			[event('wtisd-2023', '2023-05-17', { series: 'wtisd' })],
			'series:wtisd',
			NOW
		);
		expect(items.map((i) => [new Date(i.start).toISOString().slice(0, 10), i.shape])).toEqual([
			['2020-05-17', 'expected'],
			['2021-05-17', 'expected'],
			['2022-05-17', 'expected'],
			['2023-05-17', 'instance'],
			...[2024, 2025, 2026, 2027, 2028, 2029, 2030].map((y) => [`${y}-05-17`, 'expected'])
		]);
	});

	it('never presents an expected recurrence as a dated event', () => {
		const items = expandSeries(wtisd, [], 'series:wtisd', NOW);
		for (const it of items) {
			expect(it.shape).toBe('expected');
			expect(it.uncertain).toBe(true);
			expect(it.dateText).toMatch(/\(expected\)$/);
			expect(it.caveats.join(' ')).toMatch(/cadence/);
		}
		expect(items.find((i) => i.start > NOW)!.caveats[0]).toMatch(/not yet in the data/);
		expect(items[0]!.caveats[0]).toMatch(/records no meeting/);
	});

	it('expands other cadences from the first recorded meeting, with windows for 3–4 years', () => {
		const wrc = entity('wrc', {
			type: 'event_series',
			cadence: 'every-3-4-years',
			startYear: 1906,
			aliases: ['WRC']
		});
		const items = expandSeries(
			wrc,
			[
				event('wrc-19', '2019-10-28', { end: '2019-11-22' }),
				event('wrc-23', '2023-11-20', { end: '2023-12-15' })
			],
			'series:wrc',
			NOW
		);
		expect(items.filter((i) => i.shape === 'instance').map((i) => i.id)).toEqual([
			'wrc-19',
			'wrc-23'
		]);
		const exp = items.filter((i) => i.shape === 'expected');
		expect(exp.map((i) => i.dateText)).toEqual([
			'2026 or 2027 (expected)',
			'2029 or 2030 (expected)'
		]);
		expect(exp[0]).toMatchObject({ start: utc(2026), end: utc(2028), precision: 'window' });
	});

	it('stops at the end year of a series that ended', () => {
		const old = entity('wcit', {
			type: 'event_series',
			cadence: 'every-4-years',
			startYear: 1988,
			endYear: 1996
		});
		expect(expandSeries(old, [event('wcit-88', '1988')], 'l', NOW).map((i) => i.id)).toEqual([
			'wcit-88',
			'expected:wcit:1992',
			'expected:wcit:1996'
		]);
	});

	it('a dated instance keeps its own caveats: year only, conflict, scheduled', () => {
		const pp = entity('pp', { type: 'event_series', cadence: 'irregular' });
		const [a, b, c] = expandSeries(
			pp,
			[
				event('pp-1947', '1947'),
				event('pp-x', '1952-10', { status: 'conflict', statusNote: 'A says 1952, B says 1953' }),
				event('pp-30', '2030-10-01', { end: '2030-10-20' })
			],
			'l',
			NOW
		);
		expect(a).toMatchObject({
			uncertain: true,
			caveats: ['Only the year is known.'],
			dateText: '1947 (year only)'
		});
		expect(b!.uncertain).toBe(true);
		expect(b!.caveats.join(' ')).toContain('A says 1952, B says 1953');
		expect(c!.caveats[0]).toMatch(/Scheduled/);
		expect(c!.uncertain).toBe(false);
	});
});
