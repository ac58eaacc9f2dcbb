/** Node shapes as canvas sub-paths, so one `fill()` draws a whole batch of same-looking nodes. */
import type { Shape } from './style';

/** Adds the outline of `shape` centred at x,y with radius r to the current path. */
export function addShape(ctx: CanvasPath, shape: Shape, x: number, y: number, r: number): void {
	switch (shape) {
		case 'circle':
		case 'ring':
			ctx.moveTo(x + r, y);
			ctx.arc(x, y, r, 0, 2 * Math.PI);
			return;
		case 'square': {
			const s = r * 0.88;
			ctx.rect(x - s, y - s, s * 2, s * 2);
			return;
		}
		case 'diamond':
			ctx.moveTo(x, y - r * 1.2);
			ctx.lineTo(x + r * 1.2, y);
			ctx.lineTo(x, y + r * 1.2);
			ctx.lineTo(x - r * 1.2, y);
			ctx.closePath();
			return;
		case 'triangle':
			ctx.moveTo(x, y - r * 1.2);
			ctx.lineTo(x + r * 1.1, y + r * 0.8);
			ctx.lineTo(x - r * 1.1, y + r * 0.8);
			ctx.closePath();
			return;
		case 'hexagon':
		case 'pentagon': {
			const k = shape === 'hexagon' ? 6 : 5;
			const rr = r * 1.12;
			for (let j = 0; j < k; j++) {
				const a = -Math.PI / 2 + (j * 2 * Math.PI) / k;
				if (j) ctx.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
				else ctx.moveTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
			}
			ctx.closePath();
			return;
		}
		case 'star':
			for (let k = 0; k < 10; k++) {
				const a = -Math.PI / 2 + (k * Math.PI) / 5;
				const rr = k % 2 ? r * 0.55 : r * 1.2;
				if (k) ctx.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
				else ctx.moveTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
			}
			ctx.closePath();
			return;
	}
}

/** The same shape as an SVG path string (for the legend and SVG export). */
export function shapePath(shape: Shape, x: number, y: number, r: number): string {
	const parts: string[] = [];
	const path = {
		moveTo: (a: number, b: number) => parts.push(`M${f(a)},${f(b)}`),
		lineTo: (a: number, b: number) => parts.push(`L${f(a)},${f(b)}`),
		closePath: () => parts.push('Z'),
		rect: (a: number, b: number, w: number, h: number) =>
			parts.push(`M${f(a)},${f(b)}h${f(w)}v${f(h)}h${f(-w)}Z`),
		arc: (cx: number, cy: number, rr: number) =>
			parts.push(
				`M${f(cx + rr)},${f(cy)}A${f(rr)},${f(rr)} 0 1 1 ${f(cx - rr)},${f(cy)}A${f(rr)},${f(rr)} 0 1 1 ${f(cx + rr)},${f(cy)}`
			)
	};
	addShape(path as unknown as CanvasPath, shape, x, y, r);
	// The circle's own moveTo is redundant with the arc's.
	return parts.join('').replace(/^M[^A]*?(M)/, '$1');
}

const f = (n: number) => String(Math.round(n * 100) / 100);
