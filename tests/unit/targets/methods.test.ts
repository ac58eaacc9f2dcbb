/** Open SDG's growth-rate ratio (method `cagr`), table-driven; expected values worked by hand. */
import { describe, expect, it } from 'vitest';
import { cagr, cagrAssessment, cagrCategory } from '../../../src/lib/targets/methods';

describe('cagr', () => {
	it('is the compound yearly growth between two points', () => {
		expect(cagr({ year: 2020, value: 50 }, { year: 2022, value: 72 })).toBeCloseTo(0.2, 10);
		expect(cagr({ year: 2020, value: 100 }, { year: 2021, value: 90 })).toBeCloseTo(-0.1, 10);
	});
	it.each([
		['no time elapsed', { year: 2020, value: 5 }, { year: 2020, value: 6 }],
		['a zero value', { year: 2020, value: 0 }, { year: 2021, value: 6 }],
		['a negative value', { year: 2020, value: 5 }, { year: 2021, value: -1 }]
	])('is null with %s', (_, a, b) => expect(cagr(a, b)).toBeNull());
});

describe('cagrCategory: Open SDG thresholds on R', () => {
	it.each([
		[1.3, 'on-track'],
		[0.95, 'on-track'],
		[0.94, 'acceleration-needed'],
		[0.6, 'acceleration-needed'],
		[0.59, 'limited-progress'],
		[0, 'limited-progress'],
		[-0.01, 'deterioration']
	])('R = %s is %s', (ratio, category) => expect(cagrCategory(ratio).category).toBe(category));
});

describe('cagrAssessment', () => {
	// Baseline 100 in 2020 and a goal reached with 10% a year: 121 by 2022 (up) or 81 (down).
	const base = { year: 2020, value: 100 };
	it.each([
		['at-least', 110, 121, 1, 'on-track'],
		['at-least', 109.6, 121, 0.96, 'on-track'],
		['at-least', 109.4, 121, 0.94, 'acceleration-needed'],
		['at-least', 107, 121, 0.7, 'acceleration-needed'],
		['at-least', 103, 121, 0.3, 'limited-progress'],
		['at-least', 95, 121, -0.5, 'deterioration'],
		['at-most', 90, 81, 1, 'on-track'],
		['at-most', 105, 81, -0.5, 'deterioration']
	] as const)('%s: %s in 2021 towards %s by 2022 gives R = %s, %s', (kind, v, g, ratio, cat) => {
		const r = cagrAssessment(kind, base, { year: 2021, value: v }, { year: 2022, value: g })!;
		expect(r.ratio).toBeCloseTo(ratio, 6);
		expect(r.category).toBe(cat);
	});
	it('is null for a qualitative target or when the goal asks for no growth', () => {
		const j = { year: 2021, value: 110 };
		expect(cagrAssessment('qualitative', base, j, { year: 2022, value: 121 })).toBeNull();
		expect(cagrAssessment('at-least', base, j, { year: 2022, value: 100 })).toBeNull();
	});
});
