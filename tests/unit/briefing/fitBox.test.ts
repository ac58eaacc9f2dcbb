import { describe, expect, it } from 'vitest';
import { fitBox } from '$lib/components/present/pptx';

describe('fitBox (a slide figure keeps its aspect ratio inside its box)', () => {
	it('fills the width of a box taller than the figure, centred vertically', () => {
		expect(fitBox({ width: 200, height: 100 }, 1, 1, 8, 6)).toEqual({ x: 1, y: 2, w: 8, h: 4 });
	});
	it('fills the height of a box wider than the figure, centred horizontally', () => {
		expect(fitBox({ width: 100, height: 100 }, 0, 0, 10, 4)).toEqual({ x: 3, y: 0, w: 4, h: 4 });
	});
});
