import { describe, expect, it } from 'vitest';
import { sameRegion } from '../../../src/lib/targets/editions';
import { targetChartInput } from '../../../src/lib/handout/targetChart';
import { data } from './shipped';

describe('targetChartInput', () => {
	it("draws the target's own region only, and names the chart", () => {
		const c = targetChartInput(data, 'c2030-1.2', 2026)!;
		expect(c.target.code).toBe('1.2');
		expect(c.observations.length).toBeGreaterThan(0);
		expect(c.observations.every((o) => sameRegion(o.region, c.status.region))).toBe(true);
		expect(c.label).toBe(
			`Chart of target 1.2: ${c.status.region}, ${c.observations.length} values`
		);
	});
	it('keeps the values inside the year range', () => {
		const c = targetChartInput(data, 'c2030-1.2', 2026, { from: 2020, to: 2021 })!;
		expect(c.observations.every((o) => o.year >= 2020 && o.year <= 2021)).toBe(true);
	});
	it('is null for an id that is not a target', () => {
		expect(targetChartInput(data, 'itu', 2026)).toBeNull();
	});
});
