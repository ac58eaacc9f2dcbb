/**
 * Which nodes ask for a label in the current view: the selection, the hovered and focused nodes and
 * their neighbours always; then the structure's top nodes (in full) and the region names; then
 * on-screen nodes by importance, a budget that grows with the zoom. Labels keep clear of the zoom
 * buttons' corners.
 */
import type { Transform } from './draw';
import { regionNames, regionShapes } from './hulls';
import type { Box, LabelCandidate, PlaceOptions } from './labels';
import { nodeLabels } from './labelsText';
import type { Graph } from './model';
import { structureOf } from './structure';

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
	/** Boxes labels keep clear of; by default both right-hand corners (where zoom buttons sit). */
	reserved?: Box[];
	/** Region names are written (default true). */
	regions?: boolean;
}

/** The right-hand corners of a view, where the zoom buttons sit: 3.5rem wide, 9rem tall. */
export function buttonCorners(width: number, height: number): Box[] {
	const w = 56;
	const h = Math.min(144, height / 3);
	return [
		{ x: width - w, y: 0, w, h },
		{ x: width - w, y: height - h, w, h }
	];
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
	let tops = 0;
	const screen = (i: number) => ({
		x: xy[i * 2]! * t.k + t.x,
		y: xy[i * 2 + 1]! * t.k + t.y,
		r: c.radius[i]! * t.k * 1.2
	});
	const first = c.first ?? [];
	const text = nodeLabels(c.g);
	for (const i of new Set([...first, ...c.forced])) {
		if (!c.shown[i] || i < 0) continue;
		const s = screen(i);
		const rank = first.indexOf(i);
		candidates.push({
			i,
			...s,
			text: text.long[i]!,
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
		const top = text.top[i] === 1;
		candidates.push({
			i,
			...s,
			text: text.short[i]!,
			forced: false,
			priority: (top ? 1e6 : 0) + c.g.degree[i]!,
			persistent: top
		});
		if (top) tops++;
	}
	const regions =
		c.regions === false
			? []
			: regionNames(
					regionShapes(structureOf(c.g).regions, xy, c.radius, c.shown, 14, false),
					([x, y]) => [x * t.k + t.x, y * t.k + t.y],
					t.k
				);
	return {
		candidates,
		opts: {
			max: max + tops,
			obstacles,
			free: 6 + tops,
			regions,
			regionScale: 14 / 12,
			reserved: c.reserved ?? buttonCorners(c.width, c.height)
		}
	};
}
