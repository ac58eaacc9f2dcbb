/** Small helpers of the synthetic dataset generator: sizes, provenance, repetition. */
import type { Rng } from './synthetic-graph';

export type Cells = Record<string, string | number>;

export const clamp = (n: number, min: number, max: number) =>
	Math.max(min, Math.min(max, Math.round(n)));

/** A small helper bundle around one seeded PRNG. */
export function tools(rng: Rng) {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
	const sourceIds = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'];
	/** Status, note and sources of a row: mostly verified, a few conflict or doubtful. */
	const provenance = () => {
		const r = rng();
		const status =
			r < 0.02 ? 'conflict' : r < 0.03 ? 'doubtful' : r < 0.7 ? 'verified' : 'seed-only';
		const needsNote = status === 'conflict' || status === 'doubtful';
		return {
			status,
			status_note: needsNote ? 'Sources disagree; see the note.' : '',
			source: rng() < 0.2 ? `${pick(sourceIds)};seed-001` : pick(sourceIds)
		};
	};
	return { pick, sourceIds, provenance };
}

/** How many rows each node table gets for `n` nodes. */
export function sizes(n: number) {
	const size = {
		sdgs: clamp(n * 0.02, 1, 17),
		wsis: clamp(n * 0.01, 1, 11),
		frameworks: clamp(n * 0.002, 1, 5),
		goals: clamp(n * 0.005, 1, 60),
		targets: clamp(n * 0.02, 1, 5000),
		indicators: clamp(n * 0.01, 1, 2000),
		events: clamp(n * 0.1, 1, 1e9)
	};
	const others = Object.values(size).reduce((a, b) => a + b, 0);
	return { ...size, entities: n - others };
}

export const times = <T>(count: number, make: (i: number) => T): T[] =>
	Array.from({ length: count }, (_, i) => make(i));
