import { describe, expect, it } from 'vitest';
import {
	otherObservations,
	targetObservations,
	targetStatus
} from '../../../src/lib/targets/status';
import { obs, target } from './factories';

const after = { asOfYear: 2026 };
const before = { asOfYear: 2021 };
const ff = (y: number) => ({ edition: `ITU Facts and Figures ${y}` });

describe('targetStatus after the deadline', () => {
	it('is "not achieved" when the deadline-year value falls short (target 1.2: 67% < 70%)', () => {
		const r = targetStatus(target(), [obs(2019, 54), obs(2023, 67)], after);
		expect(r.status).toBe('not-achieved');
		expect(r.judged?.year).toBe(2023);
		expect(r.gap).toBeCloseTo(3);
		expect(r.reason).toContain('67% in 2023');
	});
	it('is "achieved" when the deadline-year value meets the target exactly (boundary)', () => {
		expect(targetStatus(target(), [obs(2023, 70)], after).status).toBe('achieved');
		expect(targetStatus(target(), [obs(2023, 69.99)], after).status).toBe('not-achieved');
	});
	it('uses the year before the deadline when the deadline year is missing (e-waste 22.3% in 2022)', () => {
		const t = target({ targetValue: 30, indicator: 'ewaste-recycling' });
		const r = targetStatus(
			t,
			[
				obs(2019, 17.4, { indicator: 'ewaste-recycling' }),
				obs(2022, 22.3, { indicator: 'ewaste-recycling' })
			],
			after
		);
		expect(r.status).toBe('not-achieved');
		expect(r.judged?.value).toBe(22.3);
	});
	it('is "insufficient data" when the last value is older than the year before the deadline', () => {
		const r = targetStatus(target(), [obs(2019, 54)], after);
		expect(r.status).toBe('insufficient-data');
		expect(r.reason).toContain('2023');
	});
	it('ignores values after the deadline for the status, but says when the target was reached', () => {
		const t = target({ targetValue: 96 });
		const r = targetStatus(t, [obs(2023, 95), obs(2024, 96, ff(2024))], after);
		expect(r.status).toBe('not-achieved');
		expect(r.reachedYear).toBe(2024);
		expect(r.reason).toContain('reached in 2024');
	});
	it('falls back to the framework deadline when the target has none', () => {
		const r = targetStatus(target({ targetYear: undefined }), [obs(2023, 67)], {
			asOfYear: 2026,
			deadlineYear: 2023
		});
		expect(r.status).toBe('not-achieved');
		expect(targetStatus(target({ targetYear: undefined }), [obs(2023, 67)], after).status).toBe(
			'insufficient-data'
		);
	});
	it('treats the deadline year itself as not yet passed', () => {
		const r = targetStatus(target({ baselineValue: 51, baselineYear: 2018 }), [obs(2023, 67)], {
			asOfYear: 2023
		});
		expect(r.status).not.toBe('not-achieved');
	});
});

describe('targetStatus with several editions', () => {
	it('takes the value of the latest edition that reports the judged year', () => {
		const rows = [
			obs(2023, 67, ff(2023)),
			obs(2023, 67.4, { edition: 'OWID 2025-11' }),
			obs(2023, 66.5, { edition: 'WDI 2024-09' })
		];
		const r = targetStatus(target(), rows, after);
		expect(r.judged?.edition).toBe('OWID 2025-11');
		expect(r.judged?.value).toBe(67.4);
	});
	it('takes the baseline stand-in from the judged edition only, never another edition', () => {
		const rows = [
			obs(2015, 10, { edition: 'Old 2016' }),
			obs(2018, 50, ff(2021)),
			obs(2021, 63, ff(2021))
		];
		const r = targetStatus(target(), rows, before);
		expect(r.baseline).toEqual({ year: 2018, value: 50, fromSeries: true });
	});
});

describe('targetStatus before the deadline', () => {
	const t = target({ baselineValue: 50, baselineYear: 2018 });
	// Straight path: 50 (2018) → 70 (2023) = +4 a year; 2021 needs 62; tolerance 5% of 20 = 1.
	it('is "on track" at or within the tolerance of the required path', () => {
		expect(targetStatus(t, [obs(2021, 62)], before).status).toBe('on-track');
		expect(targetStatus(t, [obs(2021, 61)], before).status).toBe('on-track');
		expect(targetStatus(t, [obs(2021, 61)], before).required).toBeCloseTo(62);
	});
	it('is "off track" below the tolerance', () => {
		expect(targetStatus(t, [obs(2021, 60.9)], before).status).toBe('off-track');
	});
	it('is "achieved" as soon as the value meets the target, even early', () => {
		expect(targetStatus(t, [obs(2021, 71)], before).status).toBe('achieved');
	});
	it('uses the earliest value of the same edition when the baseline is missing', () => {
		const r = targetStatus(target(), [obs(2018, 50), obs(2021, 63)], before);
		expect(r.baseline).toEqual({ year: 2018, value: 50, fromSeries: true });
		expect(r.status).toBe('on-track');
	});
	it('reads a missing baseline at the framework’s adoption year (or the nearest year before)', () => {
		const rows = [obs(2005, 15), obs(2017, 45), obs(2019, 53), obs(2021, 63)];
		const r = targetStatus(target(), rows, { asOfYear: 2022, adoptedYear: 2018 });
		expect(r.baseline).toEqual({ year: 2017, value: 45, fromSeries: true });
		const late = targetStatus(target(), [obs(2019, 53), obs(2021, 63)], {
			asOfYear: 2022,
			adoptedYear: 2018
		});
		expect(late.baseline?.year).toBe(2019);
	});
	it('is "insufficient data" with a missing baseline and a single value', () => {
		const r = targetStatus(target(), [obs(2021, 63)], before);
		expect(r.status).toBe('insufficient-data');
		expect(r.reason).toContain('no baseline');
	});
	it('is "insufficient data" when no value is later than the baseline', () => {
		expect(targetStatus(t, [obs(2018, 50)], before).status).toBe('insufficient-data');
	});
	it('judges a decreasing target downwards (at-most: 3% of income)', () => {
		const price = target({ kind: 'at-most', targetValue: 3, baselineValue: 7, baselineYear: 2017 });
		// Path 7 (2017) → 3 (2023): 2021 needs 4.33; tolerance 0.2.
		expect(targetStatus(price, [obs(2021, 4.5)], before).status).toBe('on-track');
		expect(targetStatus(price, [obs(2021, 5)], before).status).toBe('off-track');
		expect(targetStatus(price, [obs(2021, 3)], before).status).toBe('achieved');
	});
	it('computes the level of a decrease-by target from the baseline, and needs one', () => {
		const cheaper = target({
			kind: 'decrease-by',
			targetValue: 25,
			baselineValue: 2,
			baselineYear: 2017
		});
		const r = targetStatus(cheaper, [obs(2021, 1.5)], before);
		expect(r.goal?.value).toBeCloseTo(1.5);
		expect(r.status).toBe('achieved');
		const noBase = targetStatus(
			target({ kind: 'decrease-by', targetValue: 25 }),
			[obs(2017, 2), obs(2021, 1.6)],
			before
		);
		expect(noBase.status).toBe('insufficient-data');
		expect(noBase.reason).toContain('baseline');
	});
	it('computes an increase-by level (+50% of 10 = 15)', () => {
		const r = targetStatus(
			target({ kind: 'increase-by', targetValue: 50, baselineValue: 10, baselineYear: 2018 }),
			[obs(2023, 14)],
			after
		);
		expect(r.goal?.value).toBeCloseTo(15);
		expect(r.status).toBe('not-achieved');
	});
});

describe('targetStatus: parity, qualitative and missing data', () => {
	it('judges parity against the 0.98–1.02 band', () => {
		const p = target({ kind: 'parity', targetValue: undefined, indicator: 'gender-parity' });
		const o = (y: number, v: number) =>
			obs(y, v, { indicator: 'gender-parity', unit: 'parity score' });
		expect(targetStatus(p, [o(2019, 0.9), o(2023, 0.92)], after).status).toBe('not-achieved');
		expect(targetStatus(p, [o(2023, 0.98)], after).status).toBe('achieved');
		expect(targetStatus(p, [o(2023, 1.03)], after).status).toBe('not-achieved');
		expect(targetStatus(p, [o(2023, 0.92)], after).gap).toBeCloseTo(0.06);
	});
	it('gives qualitative targets no numeric status', () => {
		const r = targetStatus(
			target({ kind: 'qualitative', targetValue: undefined }),
			[obs(2023, 5)],
			after
		);
		expect(r.status).toBe('qualitative');
		expect(r.gap).toBeUndefined();
	});
	it('is "insufficient data" with no observation of the target’s region', () => {
		const r = targetStatus(target({ region: 'Developing countries' }), [obs(2023, 67)], after);
		expect(r.status).toBe('insufficient-data');
		expect(r.reason).toContain('Developing countries');
		expect(r.goal).toEqual({ year: 2023, value: 70 });
		expect(r.gap).toBeUndefined();
	});
	it('never lets unverified or doubtful values decide, but counts them', () => {
		const r = targetStatus(
			target(),
			[obs(2023, 71, { status: 'unverified' }), obs(2023, 72, { status: 'doubtful' })],
			after
		);
		expect(r.status).toBe('insufficient-data');
		expect(r.excluded).toBe(2);
		expect(r.reason).toContain('unverified');
	});
	it('is "insufficient data" without an indicator or a target value', () => {
		expect(targetStatus(target({ indicator: undefined }), [obs(2023, 67)], after).status).toBe(
			'insufficient-data'
		);
		expect(targetStatus(target({ targetValue: undefined }), [obs(2023, 67)], after).status).toBe(
			'insufficient-data'
		);
	});
	it('marks the status provisional when the target wording is unverified', () => {
		expect(targetStatus(target({ status: 'unverified' }), [obs(2023, 67)], after).provisional).toBe(
			true
		);
		expect(targetStatus(target(), [obs(2023, 67)], after).provisional).toBe(false);
	});
	it('matches regions without case and finds the indicator from observations reported against it', () => {
		const t = target({ indicator: undefined });
		const rows = [obs(2023, 67, { region: ' world', target: 'c2030-1.2' })];
		expect(targetStatus(t, rows, after).status).toBe('not-achieved');
	});
});

describe('targetObservations / otherObservations', () => {
	it('draws every region of the target’s indicator, and lists other indicators reported against it', () => {
		const t = target();
		const rows = [
			obs(2023, 67),
			obs(2023, 35, { region: 'LDCs' }),
			obs(2023, 1, { indicator: 'x', target: 'c2030-1.2' }),
			obs(2023, 2, { indicator: 'y' })
		];
		expect(targetObservations(t, rows).map((o) => o.value)).toEqual([67, 35]);
		expect(otherObservations(t, rows).map((o) => o.value)).toEqual([1]);
		expect(targetObservations(target({ indicator: undefined }), rows).map((o) => o.value)).toEqual([
			1
		]);
		expect(targetObservations(target({ indicator: undefined, id: 'none' }), rows)).toEqual([]);
	});
});
