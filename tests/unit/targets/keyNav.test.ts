import { describe, expect, it } from 'vitest';
import { moveCursor, nearestCursor, startCursor } from '../../../src/lib/targets/keyNav';

const pt = (id: string, year: number, x: number, y: number) => ({ x, y, obs: { id, year } });
const lines = [
	{ points: [pt('a', 2019, 0, 0), pt('b', 2021, 10, 0), pt('c', 2023, 20, 0)] },
	{ points: [pt('d', 2020, 5, 50), pt('e', 2022, 15, 50)] }
];

describe('keyboard navigation', () => {
	it('starts on the judged point, else the end of the first line', () => {
		expect(startCursor(lines, 'e')).toEqual({ l: 1, p: 1 });
		expect(startCursor(lines)).toEqual({ l: 0, p: 2 });
		expect(startCursor([])).toBeNull();
	});
	it('moves along a line and stops at its ends', () => {
		expect(moveCursor(lines, { l: 0, p: 1 }, 'ArrowRight')).toEqual({ l: 0, p: 2 });
		expect(moveCursor(lines, { l: 0, p: 2 }, 'ArrowRight')).toEqual({ l: 0, p: 2 });
		expect(moveCursor(lines, { l: 0, p: 0 }, 'ArrowLeft')).toEqual({ l: 0, p: 0 });
		expect(moveCursor(lines, { l: 0, p: 1 }, 'Home')).toEqual({ l: 0, p: 0 });
		expect(moveCursor(lines, { l: 0, p: 0 }, 'End')).toEqual({ l: 0, p: 2 });
	});
	it('changes line at the nearest year, wrapping round', () => {
		expect(moveCursor(lines, { l: 0, p: 2 }, 'ArrowDown')).toEqual({ l: 1, p: 1 });
		expect(moveCursor(lines, { l: 1, p: 0 }, 'ArrowDown')).toEqual({ l: 0, p: 0 });
		expect(moveCursor(lines, { l: 0, p: 0 }, 'ArrowUp')).toEqual({ l: 1, p: 0 });
	});
	it('ignores other keys', () => {
		expect(moveCursor(lines, { l: 0, p: 0 }, 'a')).toBeNull();
	});
	it('finds the nearest point under the pointer', () => {
		expect(nearestCursor(lines, 14, 48)).toEqual({ l: 1, p: 1 });
		expect(nearestCursor(lines, 100, 100)).toBeNull();
	});
});
