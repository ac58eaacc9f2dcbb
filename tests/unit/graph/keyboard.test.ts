import { describe, expect, it } from 'vitest';
import { arrowDirection, graphKey, neighbourInDirection } from '$lib/graph/keyboard';

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

describe('graph keys', () => {
	const on = { focused: true, selected: true };
	const key = (k: string, shiftKey = false, s = on) => graphKey({ key: k, shiftKey }, s);

	it('arrows move, and pan with Shift (the view moves opposite to the arrow)', () => {
		expect(key('ArrowLeft')).toEqual({ type: 'move', dir: 'left' });
		expect(key('ArrowLeft', true)).toEqual({ type: 'pan', dx: 80, dy: 0 });
		expect(key('ArrowDown', true)).toEqual({ type: 'pan', dx: 0, dy: -80 });
	});

	it('Enter and Space open, Escape closes, P connects, only with the nodes they need', () => {
		expect(key('Enter')).toEqual({ type: 'open' });
		expect(key(' ')).toEqual({ type: 'open' });
		expect(key('Enter', false, { focused: false, selected: true })).toBeNull();
		expect(key('Escape', false, { focused: false, selected: false })).toEqual({ type: 'close' });
		expect(key('p')).toEqual({ type: 'connect' });
		expect(key('P', true)).toEqual({ type: 'connect' });
		expect(key('p', false, { focused: true, selected: false })).toBeNull();
	});

	it('zooms by half again, fits on 0, goes home, ignores other keys', () => {
		expect(key('+')).toEqual({ type: 'zoom', factor: 1.5 });
		expect(key('-')).toEqual({ type: 'zoom', factor: 1 / 1.5 });
		expect(key('0')).toEqual({ type: 'reset' });
		expect(key('Home')).toEqual({ type: 'home' });
		expect(key('x')).toBeNull();
		expect(key('Tab')).toBeNull();
	});
});
