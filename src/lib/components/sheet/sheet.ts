/**
 * The bottom sheet's heights, as pure functions: where a drag or a key leaves it. Heights are
 * fractions of the box the sheet sits in (0.5 = half of it).
 */

/** The heights a sheet rests at: a peek, half, nearly all. */
export const SHEET_STOPS = [0.3, 0.55, 0.9] as const;

const clamp = (f: number) => Math.min(SHEET_STOPS.at(-1)!, Math.max(SHEET_STOPS[0], f));

/**
 * The height a drag that ends at `fraction` settles at: the nearest stop, or the next one in the
 * direction of a flick (`velocity` in fractions per second, up is positive).
 */
export function snapSheet(fraction: number, velocity = 0): number {
	const f = clamp(fraction);
	if (Math.abs(velocity) > 1) {
		const next =
			velocity > 0
				? SHEET_STOPS.find((s) => s > f + 0.02)
				: [...SHEET_STOPS].reverse().find((s) => s < f - 0.02);
		if (next !== undefined) return next;
	}
	return SHEET_STOPS.reduce((best, s) => (Math.abs(s - f) < Math.abs(best - f) ? s : best));
}

/** The height while dragging: from `start`, moved by `dy` pixels (down is positive) in a box `h` high. */
export function dragSheet(start: number, dy: number, h: number): number {
	return h > 0 ? clamp(start - dy / h) : start;
}

/** The height after a key on the handle (a window splitter): arrows step, Home/End go to the ends. */
export function keySheet(key: string, fraction: number): number | null {
	const stops = SHEET_STOPS as readonly number[];
	if (key === 'ArrowUp') return stops.find((s) => s > fraction + 0.01) ?? stops.at(-1)!;
	if (key === 'ArrowDown')
		return [...stops].reverse().find((s) => s < fraction - 0.01) ?? stops[0]!;
	if (key === 'Home') return stops[0]!;
	if (key === 'End') return stops.at(-1)!;
	return null;
}
