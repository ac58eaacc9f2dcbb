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

/** What a key on the graph does (`GraphView` carries it out). */
export type GraphKeyAction =
	| { type: 'pan'; dx: number; dy: number }
	| { type: 'move'; dir: Direction }
	| { type: 'open' }
	| { type: 'close' }
	| { type: 'connect' }
	| { type: 'zoom'; factor: number }
	| { type: 'reset' }
	| { type: 'home' };

/** Screen pixels one Shift + arrow pans by. */
export const PAN_STEP = 80;

/**
 * The graph's keys: arrows move to a neighbour (with Shift they pan), Enter or Space opens the
 * keyboard's node, Escape closes, P connects the selection to the keyboard's node, + / − zoom,
 * 0 fits, Home goes to the first node. Null for any other key, or one that needs a node there is
 * not (`focused`: the keyboard is on a node; `selected`: a node is selected).
 */
export function graphKey(
	e: { key: string; shiftKey: boolean },
	s: { focused: boolean; selected: boolean }
): GraphKeyAction | null {
	const dir = arrowDirection(e.key);
	if (dir && e.shiftKey) {
		const d = PAN_STEP;
		return {
			type: 'pan',
			dx: dir === 'left' ? d : dir === 'right' ? -d : 0,
			dy: dir === 'up' ? d : dir === 'down' ? -d : 0
		};
	}
	if (dir) return { type: 'move', dir };
	switch (e.key) {
		case 'Enter':
		case ' ':
			return s.focused ? { type: 'open' } : null;
		case 'Escape':
			return { type: 'close' };
		case 'p':
		case 'P':
			return s.focused && s.selected ? { type: 'connect' } : null;
		case '+':
		case '=':
			return { type: 'zoom', factor: 1.5 };
		case '-':
		case '_':
			return { type: 'zoom', factor: 1 / 1.5 };
		case '0':
			return { type: 'reset' };
		case 'Home':
			return { type: 'home' };
	}
	return null;
}
