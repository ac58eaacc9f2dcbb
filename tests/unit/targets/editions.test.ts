import { describe, expect, it } from 'vitest';
import {
	compareEditions,
	editionDate,
	groupSeries,
	latestEdition,
	latestFor
} from '../../../src/lib/targets/editions';
import { obs } from './factories';

describe('editionDate', () => {
	it.each([
		['ITU Facts and Figures 2023', 202312],
		['WDI 2024-09', 202409],
		['GEM 2020 (UNU/UNITAR)', 202012],
		['ITU estimate Dec 2018 (WTIS-18)', 201812],
		['Annual report 2019-2020', 202012],
		['no year here', null],
		['ID 12345', null]
	])('%s → %s', (label, want) => expect(editionDate(label)).toBe(want));
});

describe('edition order', () => {
	it('sorts by date, a year alone after a dated vintage of that year, undated first', () => {
		const labels = [
			'ITU Facts and Figures 2024',
			'WDI 2024-09',
			'undated',
			'OWID 2025-11',
			'ITU Facts and Figures 2019'
		];
		expect([...labels].sort(compareEditions)).toEqual([
			'undated',
			'ITU Facts and Figures 2019',
			'WDI 2024-09',
			'ITU Facts and Figures 2024',
			'OWID 2025-11'
		]);
		expect(latestEdition(labels)).toBe('OWID 2025-11');
		expect(latestEdition([])).toBeUndefined();
	});
});

describe('groupSeries', () => {
	it('never joins two editions, and groups regions without case', () => {
		const rows = [
			obs(2021, 63, { edition: 'ITU Facts and Figures 2021' }),
			obs(2019, 54, { edition: 'ITU Facts and Figures 2021' }),
			obs(2019, 53, { edition: 'ITU Facts and Figures 2019' }),
			obs(2019, 19, { region: 'LDCs', edition: 'ITU Facts and Figures 2021' }),
			obs(2020, 25, { region: 'ldcs ', edition: 'ITU Facts and Figures 2021' })
		];
		const s = groupSeries(rows);
		expect(
			s.map((x) => `${x.region}/${x.edition}/${x.points.map((p) => p.year).join(',')}`)
		).toEqual([
			'LDCs/ITU Facts and Figures 2021/2019,2020',
			'World/ITU Facts and Figures 2019/2019',
			'World/ITU Facts and Figures 2021/2019,2021'
		]);
	});
});

describe('latestFor', () => {
	it('picks the latest edition reporting that year', () => {
		const rows = [
			obs(2019, 53, { edition: 'F&F 2019' }),
			obs(2019, 54, { edition: 'F&F 2023' }),
			obs(2020, 60, { edition: 'F&F 2025' })
		];
		expect(latestFor(rows, 2019)?.value).toBe(54);
		expect(latestFor(rows, 2018)).toBeUndefined();
	});
});
