import { describe, expect, it } from 'vitest';
import { figureWindow, timelineFigure } from '../../../src/lib/handout/timelineFigure';
import { data, st } from './shipped';

const now = Date.UTC(2026, 10, 23);

describe('figureWindow', () => {
	it('pads the highlighted years by at least four years a side, within 1865–2030', () => {
		expect(figureWindow({ from: 2003, to: 2005 })).toEqual({ from: 1999, to: 2009 });
		expect(figureWindow({ from: 1990, to: 2009 })).toEqual({ from: 1970, to: 2029 });
		expect(figureWindow({ from: 1866, to: 1870 })).toEqual({ from: 1865, to: 1875 });
		expect(figureWindow(null)).toEqual({ from: 1865, to: 2030 });
	});
});

describe('timelineFigure', () => {
	const f = timelineFigure(data, st('v=1&sel=wsis-2003&years=2003-2005'), now);

	it('shows the window with its year axis and the highlighted range as a band', () => {
		expect([f.from, f.to]).toEqual([1999, 2009]);
		const years = f.ticks.map((t) => Number(t.label));
		expect(Math.min(...years)).toBeGreaterThanOrEqual(1999);
		expect(Math.max(...years)).toBeLessThanOrEqual(2010);
		const plot = f.width - f.gutter;
		expect(f.band!.x0).toBeGreaterThan(0);
		expect(f.band!.x1).toBeLessThan(plot);
		// 3 of the 11 years: the band is about 3/11 of the plot.
		expect((f.band!.x1 - f.band!.x0) / plot).toBeCloseTo(3 / 11, 1);
	});
	it('draws only lanes with items, rings the selection, and labels the WSIS', () => {
		expect(f.lanes.length).toBeGreaterThan(0);
		for (const l of f.lanes)
			expect(Object.values(l.paths).some((p) => p.certain || p.uncertain)).toBe(true);
		expect(f.selected).not.toBeNull();
		expect(f.lanes.flatMap((l) => l.labels.map((t) => t.text)).join(' ')).toMatch(/WSIS/);
	});
	it('follows the filters', () => {
		const all = timelineFigure(data, st('v=1&years=2003-2005'), now);
		const itud = timelineFigure(data, st('v=1&years=2003-2005&sector=itu-d'), now);
		expect(itud.items).toBeLessThan(all.items);
		expect(itud.items).toBeGreaterThan(0);
	});
	it('folds the tallest lanes to one row to fit a height, when it can', () => {
		const full = timelineFigure(data, st('v=1'), now, 640, 10000);
		const fitted = timelineFigure(data, st('v=1'), now, 640, 900);
		expect(full.lanes.some((l) => l.collapsed)).toBe(false);
		expect(fitted.lanes.some((l) => l.collapsed)).toBe(true);
		expect(fitted.height).toBeLessThan(full.height);
		expect(fitted.items).toBe(full.items);
	});
});

describe('timelineFigure lane names', () => {
	it('are short enough for the gutter: Sector lanes by their abbreviation', () => {
		const f = timelineFigure(data, st('v=1&years=2003-2005'), now);
		const names = f.lanes.map((l) => l.label);
		expect(names).toContain('ITU-R');
		expect(names.every((n) => n.length <= 24)).toBe(true);
	});
});
