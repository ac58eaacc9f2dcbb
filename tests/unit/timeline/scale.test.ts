import { describe, expect, it } from 'vitest';
import { utc } from '$lib/timeline/dates';
import { clampView, DOMAIN, maxZoom, timeScale, viewFor, zoomAbout } from '$lib/timeline/scale';
import { chooseTicks } from '$lib/timeline/ticks';

const W = 1200;

describe('time scale', () => {
	it('maps 1865 to the left edge and the end of 2030 to the right at zoom 1', () => {
		const s = timeScale(W);
		expect(s(new Date(utc(1865)))).toBeCloseTo(0, 6);
		expect(s(new Date(utc(2031)))).toBeCloseTo(W, 6);
	});
	it('viewFor shows the requested range across the width', () => {
		const v = viewFor(utc(2003), utc(2006), W);
		const s = timeScale(W, v);
		expect(s(new Date(utc(2003)))).toBeCloseTo(0, 3);
		expect(s(new Date(utc(2006)))).toBeCloseTo(W, 3);
	});
	it('never zooms out past the domain nor pans beyond it', () => {
		expect(clampView({ k: 0.5, x: 100 }, W)).toEqual({ k: 1, x: 0 });
		const v = clampView({ k: 4, x: -10_000 }, W);
		expect(timeScale(W, v).domain()[1]!.getTime()).toBeCloseTo(DOMAIN[1], -3);
	});
	it('caps the zoom so a month is a few hundred pixels wide', () => {
		const s = timeScale(W, { k: maxZoom(W), x: 0 });
		const month = s(new Date(utc(1865, 2))) - s(new Date(utc(1865, 1)));
		expect(month).toBeGreaterThan(250);
		expect(month).toBeLessThan(400);
	});
	it('zoomAbout keeps the point under the pointer fixed', () => {
		const v0 = viewFor(utc(1990), utc(2010), W);
		const t = timeScale(W, v0).invert(300).getTime();
		const v1 = zoomAbout(v0, 2, 300, W);
		expect(timeScale(W, v1)(new Date(t))).toBeCloseTo(300, 3);
	});
});

describe('ticks per zoom', () => {
	const levelFor = (a: number, b: number, width = W) =>
		chooseTicks(timeScale(width, viewFor(utc(a), utc(b), width))).level;

	it.each([
		[1865, 2031, 390, 'century'],
		[1865, 2031, W, 'decade'],
		[1990, 2010, W, 'year'],
		[2003, 2004, W, 'month']
	])('%i–%i at %ipx shows %s ticks', (a, b, w, level) => expect(levelFor(a, b, w)).toBe(level));

	it('keeps labels at least the minimum spacing apart', () => {
		for (const [a, b] of [
			[1865, 2031],
			[1950, 1970],
			[2000, 2003],
			[2003, 2004]
		]) {
			const s = timeScale(W, viewFor(utc(a!), utc(b!), W));
			const xs = chooseTicks(s).ticks.map((t) => s(new Date(t.ms)));
			for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(63.9);
		}
	});
	it('labels century ticks by year and marks century boundaries major', () => {
		const { ticks } = chooseTicks(timeScale(390));
		expect(ticks.map((t) => t.label)).toEqual(['1900', '1950', '2000']);
		expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['1900', '2000']);
	});
	it('labels month ticks with the month, and January with the year', () => {
		const { ticks } = chooseTicks(timeScale(W, viewFor(utc(2003, 6), utc(2004, 3), W)));
		const labels = ticks.map((t) => t.label);
		expect(labels).toContain('Jan 2004');
		expect(labels).toContain('Dec');
	});
});
