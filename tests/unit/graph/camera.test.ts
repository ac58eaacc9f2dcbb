import { describe, expect, it } from 'vitest';
import { cameraFor, cameraKey, centreTransform, fitTransform, MAX_K } from '$lib/graph/camera';

const size = { width: 800, height: 600 };
/** The graph point at the centre of the view under a transform. */
const centreOf = (t: { x: number; y: number; k: number }) => ({
	x: (size.width / 2 - t.x) / t.k,
	y: (size.height / 2 - t.y) / t.k
});

describe('camera', () => {
	it("puts the link's zoom point at the centre at the link's scale", () => {
		const t = cameraFor(
			{
				zoom: { k: 2, x: 120, y: -40 },
				focus: { x0: 0, y0: 0, x1: 10, y1: 10 },
				visible: { x0: -500, y0: -500, x1: 500, y1: 500 }
			},
			size
		);
		expect(t.k).toBe(2);
		expect(centreOf(t)).toEqual({ x: 120, y: -40 });
	});

	it('fits the focus neighbourhood when there is one and no zoom, else every shown node', () => {
		const visible = { x0: -1000, y0: -500, x1: 1000, y1: 500 };
		const focus = { x0: 100, y0: 100, x1: 300, y1: 200 };
		const focused = cameraFor({ zoom: null, focus, visible }, size);
		expect(centreOf(focused).x).toBeCloseTo(200);
		expect(centreOf(focused).y).toBeCloseTo(150);
		const all = cameraFor({ zoom: null, focus: null, visible }, size);
		expect(centreOf(all).x).toBeCloseTo(0);
		expect(all.k).toBeLessThan(focused.k);
		// The whole box is on screen: 2000 units wide in 800 pixels.
		expect(all.k * 2000).toBeLessThanOrEqual(size.width);
	});

	it('never zooms a fit in past 1.5, nor any camera past the zoom limits', () => {
		expect(fitTransform({ x0: 0, y0: 0, x1: 2, y1: 2 }, size).k).toBe(1.5);
		expect(centreTransform(0, 0, 1000, size).k).toBe(MAX_K);
	});

	it('keys only what moves the camera: a selection without focus depth does not', () => {
		const base = { zoom: null, sel: null, depth: 0, filters: '{}' };
		expect(cameraKey({ ...base, sel: 'itu-d' })).toBe(cameraKey(base));
		expect(cameraKey({ ...base, sel: 'itu-d', depth: 1 })).not.toBe(
			cameraKey({ ...base, sel: 'itu-t', depth: 1 })
		);
		expect(cameraKey({ ...base, zoom: { k: 1, x: 0, y: 0 } })).not.toBe(cameraKey(base));
		expect(cameraKey({ ...base, filters: '{"sdg":[9]}' })).not.toBe(cameraKey(base));
	});
});
