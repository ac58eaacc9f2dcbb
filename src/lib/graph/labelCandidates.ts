/**
 * Which nodes ask for a label in the current view: the selection, the hovered and focused nodes and
 * their neighbours always; then on-screen nodes by importance, a budget that grows with the zoom.
 */
import type { Transform } from './draw';
import { shorten, type LabelCandidate, type PlaceOptions } from './labels';
import type { Graph } from './model';

export interface CandidateInput {
	g: Graph;
	xy: Float32Array;
	shown: Uint8Array;
	radius: Float32Array;
	/** Node indices sorted by decreasing degree (computed once per graph). */
	byDegree: Int32Array;
	t: Transform;
	width: number;
	height: number;
	/** Always labelled: e.g. the selection and its neighbours. */
	forced: Set<number>;
	/** Only these may be labelled when not null (focus mode). */
	bright: Set<number> | null;
	/** Labelled before anything else, in this order (the selection, the keyboard's node). */
	first?: number[];
}

/** Node indices sorted by decreasing degree, then index. */
export function degreeOrder(degree: Int32Array): Int32Array {
	return Int32Array.from(degree.keys()).sort((a, b) => degree[b]! - degree[a]! || a - b);
}

/** Label candidates and placement options for `placeLabels`. */
export function labelCandidates(c: CandidateInput): {
	candidates: LabelCandidate[];
	opts: Omit<PlaceOptions, 'width' | 'height' | 'lineHeight'>;
} {
	const { t, xy } = c;
	const candidates: LabelCandidate[] = [];
	const obstacles: { x: number; y: number; r: number }[] = [];
	const max = Math.round(Math.min(250, 12 + 45 * t.k));
	const screen = (i: number) => ({
		x: xy[i * 2]! * t.k + t.x,
		y: xy[i * 2 + 1]! * t.k + t.y,
		r: c.radius[i]! * t.k * 1.2
	});
	const first = c.first ?? [];
	for (const i of new Set([...first, ...c.forced])) {
		if (!c.shown[i] || i < 0) continue;
		const s = screen(i);
		const rank = first.indexOf(i);
		candidates.push({
			i,
			...s,
			text: shorten(c.g.nodes[i]!.name, 40),
			forced: true,
			priority: rank >= 0 ? 1e9 - rank : c.g.degree[i]!
		});
	}
	for (const i of c.byDegree) {
		if (!c.shown[i]) continue;
		const s = screen(i);
		if (s.x < -s.r || s.y < -s.r || s.x > c.width + s.r || s.y > c.height + s.r) continue;
		if (obstacles.length < 1500) obstacles.push(s);
		if (c.forced.has(i) || (c.bright && !c.bright.has(i)) || candidates.length > max * 3) continue;
		candidates.push({
			i,
			...s,
			text: shorten(c.g.nodes[i]!.name, 28),
			forced: false,
			priority: c.g.degree[i]!
		});
	}
	return { candidates, opts: { max, obstacles, free: 6 } };
}
