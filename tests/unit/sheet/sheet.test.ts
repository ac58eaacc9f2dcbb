import { describe, expect, it } from 'vitest';
import { dragSheet, keySheet, snapSheet } from '$lib/components/sheet/sheet';

describe('bottom sheet heights', () => {
	it('a slow drag settles at the nearest stop', () => {
		expect(snapSheet(0.5)).toBe(0.55);
		expect(snapSheet(0.35)).toBe(0.3);
		expect(snapSheet(0.8)).toBe(0.9);
		expect(snapSheet(0.05)).toBe(0.3);
		expect(snapSheet(1.4)).toBe(0.9);
	});

	it('a flick goes on to the next stop in its direction', () => {
		expect(snapSheet(0.34, 2)).toBe(0.55);
		expect(snapSheet(0.5, -2)).toBe(0.3);
		expect(snapSheet(0.9, 3)).toBe(0.9);
	});

	it('follows the finger while dragging, within the stops', () => {
		// 200 px up in a 800 px box: a quarter more.
		expect(dragSheet(0.3, -200, 800)).toBeCloseTo(0.55);
		expect(dragSheet(0.55, 800, 800)).toBe(0.3);
		expect(dragSheet(0.55, 10, 0)).toBe(0.55);
	});

	it('arrow keys step between stops, Home and End go to the ends', () => {
		expect(keySheet('ArrowUp', 0.3)).toBe(0.55);
		expect(keySheet('ArrowUp', 0.9)).toBe(0.9);
		expect(keySheet('ArrowDown', 0.55)).toBe(0.3);
		expect(keySheet('ArrowDown', 0.42)).toBe(0.3);
		expect(keySheet('Home', 0.9)).toBe(0.3);
		expect(keySheet('End', 0.3)).toBe(0.9);
		expect(keySheet('a', 0.3)).toBeNull();
	});
});
