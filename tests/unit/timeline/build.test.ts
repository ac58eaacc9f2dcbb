import { describe, expect, it } from 'vitest';
import { buildTimeline } from '$lib/timeline/build';
import { utc } from '$lib/timeline/dates';
import { entityLane } from '$lib/timeline/lanes';
import { dataset, entity, event, framework, target } from './factory';

const NOW = utc(2026, 11, 23);

const ds = dataset({
	entities: [
		entity('itu', { type: 'organisation', sectors: ['ITU'], startYear: 1865 }),
		entity('pp', {
			type: 'event_series',
			cadence: 'every-4-years',
			startYear: 1865,
			aliases: ['PP']
		}),
		entity('wsis', { type: 'event_series', cadence: 'irregular', aliases: ['WSIS'] }),
		entity('itu-r', { type: 'sector', sectors: ['ITU-R'], startYear: 1992 }),
		entity('fg-ai', { type: 'focus_group', sectors: ['ITU-T'], startYear: 2018, endYear: 2020 }),
		entity('giga', { type: 'initiative', sectors: ['ITU-D'], startYear: 2019 }),
		entity('unicef', { type: 'partner', startYear: 1946 }),
		entity('fake', {
			type: 'initiative',
			startYear: 2001,
			status: 'doubtful',
			statusNote: 'invented'
		}),
		entity('undated', { type: 'programme' })
	],
	events: [
		event('m-1865-founding', '1865-05-17', { kind: 'milestone' }),
		event('wsis-2003', '2003-12-10', { series: 'wsis', end: '2003-12-12', place: 'Geneva' }),
		event('wsis-2005', '2005-11-16', { series: 'wsis', end: '2005-11-18', place: 'Tunis' }),
		event('pp-2018', '2018-10-29', { series: 'pp', end: '2018-11-16' }),
		event('pp-2022', '2022-09-26', { series: 'pp', end: '2022-10-14' })
	],
	frameworks: [
		framework('connect-2030', { aliases: ['Connect 2030'], adoptedYear: 2018, deadlineYear: 2030 }),
		framework('connect-2020', { aliases: ['Connect 2020'], adoptedYear: 2014, deadlineYear: 2020 })
	],
	targets: [
		target('c2030-1', 'connect-2030', 2023),
		target('c2030-2', 'connect-2030', 2023),
		target('c2030-3', 'connect-2030', 2030),
		target('c2020-1', 'connect-2020', 2020)
	]
});

describe('buildTimeline', () => {
	const tl = buildTimeline(ds, NOW);
	const lane = (id: string) => tl.items.find((i) => i.id === id)?.lane;

	it('derives the lanes from the data, in group order, conference lanes by first item', () => {
		expect(tl.lanes.map((l) => l.id)).toEqual([
			'governance',
			'series:pp',
			'series:wsis',
			'ITU-R',
			'ITU-T',
			'initiatives',
			'targets',
			'milestones'
		]);
		expect(tl.lanes.find((l) => l.id === 'series:pp')).toMatchObject({
			label: 'PP',
			group: 'conferences',
			series: { ref: 'pp', cadence: 'every 4 years' }
		});
	});

	it('puts rows in their lanes', () => {
		expect(lane('itu')).toBe('governance');
		expect(lane('wsis-2003')).toBe('series:wsis');
		expect(lane('itu-r')).toBe('ITU-R');
		expect(lane('fg-ai')).toBe('ITU-T');
		expect(lane('giga')).toBe('initiatives');
		expect(lane('m-1865-founding')).toBe('milestones');
	});

	it('leaves out partners, doubtful and undated rows', () => {
		for (const id of ['unicef', 'fake', 'undated']) expect(lane(id)).toBeUndefined();
	});

	it('shows WSIS 2003 and 2005 as dated instances with their places', () => {
		const w = tl.items.filter((i) => i.lane === 'series:wsis');
		expect(w.map((i) => [i.id, i.shape, i.place, i.dateText])).toEqual([
			['wsis-2003', 'instance', 'Geneva', '10–12 December 2003'],
			['wsis-2005', 'instance', 'Tunis', '16–18 November 2005']
		]);
	});

	it('gives a governing body with dated meetings (PP) its own conference lane', () => {
		expect(lane('pp-2018')).toBe('series:pp');
		expect(lane('pp')).toBeUndefined();
	});

	it('projects PP every 4 years from its first dated meeting', () => {
		const ids = tl.items.filter((i) => i.lane === 'series:pp').map((i) => i.id);
		expect(ids).toEqual(['pp-2018', 'pp-2022', 'expected:pp:2026', 'expected:pp:2030']);
	});

	it('gathers target due years into deadlines: Connect 2020 → 2020, Connect 2030 → 2023 and 2030', () => {
		const d = tl.items.filter((i) => i.shape === 'deadline').map((i) => i.label);
		expect(d).toEqual([
			'Connect 2020: 1 target due 2020',
			'Connect 2030: 2 targets due 2023',
			'Connect 2030: 1 target due 2030'
		]);
		expect(lane('span:connect-2030')).toBe('targets');
	});

	it('sorts items by time, open spans running to now', () => {
		const starts = tl.items.map((i) => i.start);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		expect(tl.items.find((i) => i.id === 'giga')).toMatchObject({
			open: true,
			end: NOW,
			dateText: 'since 2019 (continuing)'
		});
	});

	it('an empty dataset has no lanes', () =>
		expect(buildTimeline(dataset({}), NOW)).toEqual({ lanes: [], items: [] }));
});

describe('entityLane', () => {
	it.each([
		[{ type: 'study_group', sectors: ['ITU-T'] }, 'ITU-T'],
		[{ type: 'bureau', sectors: ['ITU-D'] }, 'ITU-D'],
		[{ type: 'secretariat', sectors: ['GS'] }, 'GS'],
		[{ type: 'advisory_body', sectors: ['ITU'] }, 'governance'],
		[{ type: 'treaty', sectors: ['ITU-R'] }, 'governance'],
		[{ type: 'platform', sectors: ['ITU-T'] }, 'initiatives']
	] as const)('%o → %s', (patch, want) =>
		expect(entityLane(entity('x', { ...patch, sectors: [...patch.sectors] }))).toBe(want)
	);
});
