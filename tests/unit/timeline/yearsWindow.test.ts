import { describe, expect, it } from 'vitest';
import { utc } from '$lib/timeline/dates';
import { clampView, DOMAIN, timeScale, viewFor } from '$lib/timeline/scale';
import { yearsSpan, yearsWindow } from '$lib/timeline/yearsWindow';

describe('yearsWindow', () => {
	it('shows the brushed years whole, with a margin either side', () => {
		const [a, b] = yearsWindow({ from: 2003, to: 2005 });
		expect(a).toBeLessThan(utc(2003));
		expect(b).toBeGreaterThan(utc(2006));
		// A three-year range gets a year either side (a fifth of three years is less).
		expect(a).toBe(utc(2002));
		expect(b).toBe(utc(2007));
	});

	it('never reaches past the timeline', () => {
		expect(yearsWindow({ from: 1865, to: 2030 })).toEqual([...DOMAIN]);
	});

	it('gives a zoom whose visible domain holds the years', () => {
		const width = 900;
		const [a, b] = yearsWindow({ from: 2015, to: 2023 });
		const [d0, d1] = timeScale(width, viewFor(a, b, width)).domain();
		expect(d0!.getTime()).toBeLessThanOrEqual(utc(2015));
		expect(d1!.getTime()).toBeGreaterThanOrEqual(utc(2024));
		expect(d1!.getTime() - d0!.getTime()).toBeLessThan(utc(2030) - utc(2010));
		expect(clampView(viewFor(a, b, width), width)).toEqual(viewFor(a, b, width));
	});

	it('spans the brushed years from 1 January to the end of the last year', () => {
		expect(yearsSpan({ from: 2003, to: 2005 })).toEqual([utc(2003), utc(2006)]);
	});
});
