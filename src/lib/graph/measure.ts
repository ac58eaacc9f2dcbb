/** Label widths measured with a canvas (cached), in the font the graph draws labels with. */
import { labelFont } from './drawStyle';

const cache = new Map<string, number>();
let ctx: CanvasRenderingContext2D | null | undefined;

/** Width in CSS pixels of `text` in bold system-ui at `px`; a character estimate where canvas is absent. */
export function measureLabel(text: string, px = 12): number {
	const key = `${px}|${text}`;
	let w = cache.get(key);
	if (w !== undefined) return w;
	if (ctx === undefined)
		ctx =
			typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
	if (ctx) ctx.font = labelFont(px, true);
	w = ctx ? ctx.measureText(text).width : (text.length * 7 * px) / 12;
	if (cache.size > 50000) cache.clear();
	cache.set(key, w);
	return w;
}
