import { describe, expect, it } from 'vitest';
import { arrowDirection, neighbourInDirection } from '$lib/graph/keyboard';

const around = [
	{ i: 1, x: 100, y: 0 },
	{ i: 2, x: 0, y: 100 },
	{ i: 3, x: -100, y: 10 },
	{ i: 4, x: 5, y: -50 }
];

describe('keyboard moves', () => {
	it.each([
		['ArrowRight', 1],
		['ArrowDown', 2],
		['ArrowLeft', 3],
		['ArrowUp', 4]
	] as const)('%s goes to the neighbour in that direction', (key, want) => {
		expect(neighbourInDirection({ x: 0, y: 0 }, around, arrowDirection(key)!)).toBe(want);
	});

	it('prefers the nearer of two neighbours in the same direction', () => {
		const c = [
			{ i: 1, x: 300, y: 0 },
			{ i: 2, x: 40, y: 5 }
		];
		expect(neighbourInDirection({ x: 0, y: 0 }, c, 'right')).toBe(2);
	});

	it('falls back to the closest bearing, and to null without neighbours', () => {
		expect(neighbourInDirection({ x: 0, y: 0 }, [{ i: 7, x: -10, y: -10 }], 'right')).toBe(7);
		expect(neighbourInDirection({ x: 0, y: 0 }, [], 'up')).toBeNull();
	});

	it('reads only arrow keys', () => {
		expect(arrowDirection('Enter')).toBeNull();
		expect(arrowDirection('ArrowUp')).toBe('up');
	});
});
