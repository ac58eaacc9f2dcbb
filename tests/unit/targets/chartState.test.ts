import { describe, expect, it } from 'vitest';
import { chartModel, dodge, regionOrder, shortEdition } from '../../../src/lib/targets/chartState';
import { targetStatus } from '../../../src/lib/targets/status';
import { obs, target } from './factories';

const rows = [
	obs(2019, 54, { edition: 'ITU Facts & Figures 2021', nature: 'estimated' }),
	obs(2021, 63, { edition: 'ITU Facts & Figures 2021', nature: 'observed' }),
	obs(2019, 53, { edition: 'ITU Facts & Figures 2019', nature: 'derived' }),
	obs(2021, 20, { region: 'LDCs', edition: 'ITU Facts & Figures 2021', status: 'unverified' })
];
const t = target({ baselineValue: 50, baselineYear: 2018 });
const status = targetStatus(t, rows, { asOfYear: 2022 });

describe('chartModel', () => {
	const m = chartModel({ observations: rows, status, width: 600, height: 300 });
	it('draws one line per region and edition, the target region first, latest edition solid', () => {
		expect(m.lines.map((l) => [l.series.region, l.series.edition, l.dash === null])).toEqual([
			['World', 'ITU Facts & Figures 2019', false],
			['World', 'ITU Facts & Figures 2021', true],
			['LDCs', 'ITU Facts & Figures 2021', true]
		]);
		expect(m.lines[0]!.colour).toBe(m.lines[1]!.colour);
		expect(m.lines[2]!.colour).not.toBe(m.lines[0]!.colour);
	});
	it('shapes points by nature and flags unverified ones', () => {
		const pts = m.lines.flatMap((l) => l.points);
		expect(pts.map((p) => p.shape)).toEqual(['square', 'hollow', 'filled', 'hollow']);
		expect(pts.map((p) => p.flagged)).toEqual([false, false, false, true]);
	});
	it('places the baseline, the goal and the required path inside the plot', () => {
		expect(m.baseline).toMatchObject({ year: 2018, value: 50 });
		expect(m.goal).toMatchObject({ year: 2023, value: 70 });
		expect(m.goal!.x).toBeCloseTo(600 - m.margin.right);
		expect(m.goal!.y).toBeLessThan(m.baseline!.y);
		expect(m.path).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
		expect(m.judgedId).toBe(rows[1]!.id);
	});
	it('starts the value axis at zero for percentages, and near the data for parity scores', () => {
		expect(m.yTicks[0]!.value).toBe(0);
		const p = target({ kind: 'parity', targetValue: undefined });
		const parity = [
			obs(2019, 0.9, { unit: 'parity score' }),
			obs(2023, 0.92, { unit: 'parity score' })
		];
		const pm = chartModel({
			observations: parity,
			status: targetStatus(p, parity, { asOfYear: 2026 }),
			width: 300,
			height: 150,
			compact: true
		});
		expect(pm.yTicks[0]!.value).toBeGreaterThan(0.5);
	});
	it('keeps the newest edition drawn as a line solid when a later edition has a single point', () => {
		const r = [
			obs(2019, 53, { edition: 'OWID 2025-06' }),
			obs(2021, 60, { edition: 'OWID 2025-06' }),
			obs(2024, 68, { edition: 'F&F 2025' })
		];
		const lm = chartModel({
			observations: r,
			status: targetStatus(t, r, { asOfYear: 2026 }),
			width: 600,
			height: 300
		});
		expect(lm.lines.map((l) => [l.series.edition, l.dash === null])).toEqual([
			['OWID 2025-06', true],
			['F&F 2025', false]
		]);
	});
	it('caps percentage axes at 100 and draws the parity band for parity targets', () => {
		expect(m.yTicks.at(-1)!.value).toBeLessThanOrEqual(100);
		const p = target({ kind: 'parity', targetValue: undefined });
		const r = [obs(2023, 0.92, { unit: 'ratio' })];
		const pm = chartModel({
			observations: r,
			status: targetStatus(p, r, { asOfYear: 2026 }),
			width: 300,
			height: 150,
			parity: true
		});
		expect(pm.band!.y0).toBeLessThan(pm.band!.y1);
		expect(pm.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(1.02);
	});
	it('draws only the regions asked for', () => {
		const only = chartModel({
			observations: rows,
			status,
			width: 600,
			height: 300,
			regions: ['ldcs']
		});
		expect(only.lines.map((l) => l.series.region)).toEqual(['LDCs']);
	});
});

describe('chart helpers', () => {
	it('dodge keeps labels apart in order', () => {
		expect(dodge([10, 12, 50, 11], 5)).toEqual([10, 20, 50, 15]);
	});
	it('regionOrder puts the target region first and merges case variants', () => {
		expect(regionOrder(['LDCs', 'world', 'Africa', 'World'], 'World')).toEqual([
			'World',
			'Africa',
			'LDCs'
		]);
	});
	it('shortEdition abbreviates known publishers', () => {
		expect(shortEdition('ITU Facts & Figures 2023')).toBe('F&F 2023');
		expect(shortEdition('World Bank WDI IT.NET.USER.ZS (2024-09 vintage)')).toBe('WDI 2024-09');
		expect(shortEdition('Our World in Data, 2025-11 vintage')).toBe('OWID 2025-11');
		expect(shortEdition('UN SDG indicator 9.c.1 via Our World in Data, 2025-06 copy')).toBe(
			'OWID 2025-06'
		);
		expect(shortEdition('A very long edition label that goes on and on').length).toBe(24);
	});
});
