/** Keyboard and pointer navigation between the points of a chart's lines (pure). */

export interface Cursor {
	l: number;
	p: number;
}

interface NavLine {
	points: { x: number; y: number; obs: { year: number; id: string } }[];
}

/** Where focus starts: the point the status is decided on, else the last point of the first line. */
export function startCursor(lines: readonly NavLine[], judgedId?: string): Cursor | null {
	if (!lines.length) return null;
	const l = Math.max(
		0,
		lines.findIndex((x) => x.points.some((p) => p.obs.id === judgedId))
	);
	const p = lines[l]!.points.findIndex((x) => x.obs.id === judgedId);
	return { l, p: p >= 0 ? p : lines[l]!.points.length - 1 };
}

/**
 * The cursor after a key: left/right move along the line, Home/End to its ends, up/down to the
 * previous/next line (wrapping) at the point nearest in year. Null for keys that do not move.
 */
export function moveCursor(lines: readonly NavLine[], c: Cursor, key: string): Cursor | null {
	const pts = lines[c.l]?.points;
	if (!pts) return null;
	switch (key) {
		case 'ArrowRight':
			return { l: c.l, p: Math.min(pts.length - 1, c.p + 1) };
		case 'ArrowLeft':
			return { l: c.l, p: Math.max(0, c.p - 1) };
		case 'Home':
			return { l: c.l, p: 0 };
		case 'End':
			return { l: c.l, p: pts.length - 1 };
		case 'ArrowDown':
		case 'ArrowUp': {
			const l = (c.l + (key === 'ArrowDown' ? 1 : -1) + lines.length) % lines.length;
			const year = pts[c.p]!.obs.year;
			const next = lines[l]!.points;
			let best = 0;
			next.forEach((q, i) => {
				if (Math.abs(q.obs.year - year) < Math.abs(next[best]!.obs.year - year)) best = i;
			});
			return { l, p: best };
		}
		default:
			return null;
	}
}

/** The point nearest to (x, y) within `radius`, or null. */
export function nearestCursor(
	lines: readonly NavLine[],
	x: number,
	y: number,
	radius = 24
): Cursor | null {
	let best: (Cursor & { d: number }) | null = null;
	lines.forEach((line, l) =>
		line.points.forEach((q, p) => {
			const d = Math.hypot(q.x - x, q.y - y);
			if (d < radius && (!best || d < best.d)) best = { l, p, d };
		})
	);
	return best && { l: (best as Cursor).l, p: (best as Cursor).p };
}
