import { describe, expect, it } from 'vitest';
import {
	direction,
	gapTo,
	goalLevel,
	meets,
	requiredAt,
	requiredPath
} from '../../../src/lib/targets/path';

describe('requiredAt / requiredPath', () => {
	const b = { year: 2018, value: 50 };
	const g = { year: 2023, value: 70 };
	it('is linear from the baseline to the goal', () => {
		expect(requiredAt(b, g, 2018)).toBe(50);
		expect(requiredAt(b, g, 2020)).toBeCloseTo(58);
		expect(requiredAt(b, g, 2023)).toBe(70);
	});
	it('holds the baseline before it and the goal after it', () => {
		expect(requiredAt(b, g, 2010)).toBe(50);
		expect(requiredAt(b, g, 2030)).toBe(70);
	});
	it('copes with a baseline in the goal year', () => {
		expect(requiredAt({ year: 2023, value: 50 }, g, 2022)).toBe(50);
		expect(requiredAt({ year: 2023, value: 50 }, g, 2023)).toBe(70);
	});
	it('gives one point per year, ends included', () => {
		const p = requiredPath(b, g);
		expect(p).toHaveLength(6);
		expect(p[0]).toEqual(b);
		expect(p.at(-1)).toEqual(g);
		expect(p[1]!.value).toBeCloseTo(54);
	});
});

describe('goalLevel, meets, gapTo, direction', () => {
	it.each([
		['at-least', 70, undefined, 70],
		['at-most', 3, undefined, 3],
		['increase-by', 50, 10, 15],
		['decrease-by', 25, 2, 1.5],
		['increase-by', 50, undefined, null],
		['qualitative', undefined, 5, null],
		['parity', undefined, 0.9, 0.98],
		['parity', undefined, 1.1, 1.02]
	] as const)('%s %s from baseline %s → %s', (kind, v, base, want) => {
		const got = goalLevel({ kind, targetValue: v }, base);
		if (want === null) expect(got).toBeNull();
		else expect(got).toBeCloseTo(want);
	});
	it('meets in the right direction', () => {
		expect(meets('at-least', 70, 70)).toBe(true);
		expect(meets('at-most', 3.01, 3)).toBe(false);
		expect(meets('decrease-by', 1.5, 1.5)).toBe(true);
		expect(meets('parity', 1.02, 0.98)).toBe(true);
		expect(meets('qualitative', 1, 1)).toBe(false);
	});
	it('gaps are positive while short', () => {
		expect(gapTo('at-least', 67, 70)).toBeCloseTo(3);
		expect(gapTo('at-most', 5, 3)).toBeCloseTo(2);
		expect(gapTo('at-least', 72, 70)).toBeCloseTo(-2);
		expect(gapTo('parity', 1, 0.98)).toBe(0);
	});
	it('directions', () => {
		expect(direction('increase-by')).toBe('up');
		expect(direction('decrease-by')).toBe('down');
		expect(direction('parity', 1.1)).toBe('down');
		expect(direction('qualitative')).toBeNull();
	});
});
