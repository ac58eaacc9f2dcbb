/** Label widths measured with a canvas (cached), in the font the graph draws labels with. */
import { LABEL_FONT } from './draw';

const cache = new Map<string, number>();
let ctx: CanvasRenderingContext2D | null | undefined;

/** Width in CSS pixels of `text` in bold 12px system-ui; a character estimate where canvas is absent. */
export function measureLabel(text: string): number {
	let w = cache.get(text);
	if (w !== undefined) return w;
	if (ctx === undefined) {
		ctx =
			typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
		if (ctx) ctx.font = `700 ${LABEL_FONT}`;
	}
	w = ctx ? ctx.measureText(text).width : text.length * 7;
	if (cache.size > 50000) cache.clear();
	cache.set(text, w);
	return w;
}
