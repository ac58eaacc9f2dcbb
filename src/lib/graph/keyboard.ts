/** Keyboard moves in the graph: from the focused node to the neighbour lying in an arrow's direction. */

export type Direction = 'up' | 'down' | 'left' | 'right';

const ANGLE: Record<Direction, number> = {
	right: 0,
	down: Math.PI / 2,
	left: Math.PI,
	up: -Math.PI / 2
};

/** The arrow key's direction, or null for any other key. */
export function arrowDirection(key: string): Direction | null {
	const d = key.replace(/^Arrow/, '').toLowerCase();
	return key.startsWith('Arrow') && d in ANGLE ? (d as Direction) : null;
}

/**
 * The neighbour to move to: the one whose bearing is closest to the direction (screen coordinates,
 * y down), nearer ones preferred among similar bearings. Falls back to the closest bearing overall, so
 * an arrow always moves somewhere while the node has neighbours.
 */
export function neighbourInDirection(
	from: { x: number; y: number },
	candidates: { i: number; x: number; y: number }[],
	dir: Direction
): number | null {
	let best: number | null = null;
	let bestCost = Infinity;
	for (const c of candidates) {
		const dx = c.x - from.x;
		const dy = c.y - from.y;
		const dist = Math.hypot(dx, dy);
		let off = Math.abs(Math.atan2(dy, dx) - ANGLE[dir]);
		if (off > Math.PI) off = 2 * Math.PI - off;
		// Within the 90° cone the bearing dominates; outside it, a large penalty keeps it a fallback.
		const cost = off * 4 + Math.log1p(dist) + (off > Math.PI / 4 ? 100 : 0);
		if (cost < bestCost || (cost === bestCost && best !== null && c.i < best)) {
			best = c.i;
			bestCost = cost;
		}
	}
	return best;
}
