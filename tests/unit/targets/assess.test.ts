/** One card's assessment: both methods, their disagreement, working, lapsed reading and proxies. */
import { describe, expect, it } from 'vitest';
import { assessProxy, assessTarget } from '../../../src/lib/targets/assess';
import { obs, target } from './factories';

const open = target({
	id: 'umc-x',
	targetValue: 100,
	targetYear: 2030,
	baselineValue: 50,
	baselineYear: 2020
});

describe('assessTarget: the two methods', () => {
	it.each([
		// 53 in 2021: the straight path asks 55 (−2.5 tolerance), the growth ratio is 6.0% / 7.18% = 0.84.
		[53, 'path', 'on-track', 'off-track'],
		[53, 'cagr', 'off-track', 'on-track'],
		// 56 in 2021: both say on track (R = 12% / 7.18%).
		[56, 'cagr', 'on-track', undefined],
		// 51 in 2021: both say off track.
		[51, 'path', 'off-track', undefined]
	] as const)('%s in 2021 under %s is %s', (value, method, status, other) => {
		const a = assessTarget(open, [obs(2021, value)], { asOfYear: 2026, method });
		expect(a.status.status).toBe(status);
		if (other) expect(a.disagree).toMatch(new RegExp(`says ${other.replace('-', ' ')}`));
		else expect(a.disagree).toBeUndefined();
	});

	it('words the deciding threshold of each method', () => {
		const path = assessTarget(open, [obs(2021, 53)], { asOfYear: 2026, method: 'path' });
		expect(path.working.threshold).toMatch(/^On track if at least 52\.5% in 2021/);
		const cagr = assessTarget(open, [obs(2021, 53)], { asOfYear: 2026, method: 'cagr' });
		expect(cagr.working.threshold).toMatch(/^Growth ratio R = 83\.\d%/);
		expect(cagr.working.threshold).toMatch(/progress made but acceleration needed/);
		expect(path.working.observedPerYear).toBeCloseTo(3, 10);
		expect(path.working.requiredPerYear).toBeCloseTo(5, 10);
	});

	it('reads a lapsed target: not met at the deadline, the latest value since, the year reached', () => {
		const t = target({ targetValue: 70, targetYear: 2023 });
		const a = assessTarget(t, [obs(2022, 66), obs(2023, 67), obs(2024, 71)], { asOfYear: 2026 });
		expect(a.status.status).toBe('not-achieved');
		expect(a.lapsed).toMatchObject({ verdict: 'not-met', reachedYear: 2024 });
		expect(a.lapsed!.since!.value).toBe(71);
		expect(a.lapsed!.words).toMatch(/Deadline 2023 passed: not met\. Latest since: 71% in 2024/);
		expect(a.pace).toBeNull();
	});

	it('says when a lapsed target was met before the deadline although no value falls at it', () => {
		const t = target({ targetValue: 55, targetYear: 2020 });
		const a = assessTarget(t, [obs(2015, 49), obs(2018, 57.8)], { asOfYear: 2026 });
		expect(a.lapsed).toMatchObject({ verdict: 'no-data', reachedYear: 2018 });
		expect(a.lapsed!.words).toMatch(/reached in 2018, before the deadline/);
	});

	it('projects an open target at the recent pace', () => {
		const values = [obs(2021, 60), obs(2022, 62), obs(2023, 64)];
		const a = assessTarget(open, values, { asOfYear: 2026 });
		expect(a.pace).toMatchObject({ year: 2041, from: 2021, to: 2023 });
		expect(a.pace!.line[1].year).toBe(2030);
	});
});

describe('proxies', () => {
	const t = target({
		region: 'Developing countries',
		targetValue: 60,
		proxy: { region: 'Low- and middle-income countries', reason: 'closest group', source: ['x'] }
	});
	const lmic = obs(2022, 61, { region: 'Low- and middle-income countries', target: t.id });

	it('judges the proxy apart, marked as a proxy; the real status is unchanged', () => {
		expect(assessTarget(t, [lmic], { asOfYear: 2026 }).status.status).toBe('insufficient-data');
		const p = assessProxy(t, [lmic], { asOfYear: 2026 })!;
		expect(p.proxy).toBe(true);
		expect(p.status.status).toBe('achieved');
		expect(p.status.region).toBe('Low- and middle-income countries');
	});

	it('never lets a proxy indicator measure the target for real', () => {
		const u = target({
			indicator: undefined,
			proxy: { indicator: 'plan-share', reason: 'nearest count', source: ['x'] }
		});
		const share = obs(2022, 60, { indicator: 'plan-share', target: u.id, unit: '% of countries' });
		expect(assessTarget(u, [share], { asOfYear: 2026 }).status.status).toBe('insufficient-data');
		expect(assessProxy(u, [share], { asOfYear: 2026 })!.status.status).toBe('not-achieved');
		expect(assessProxy(target(), [share], { asOfYear: 2026 })).toBeUndefined();
	});
});
