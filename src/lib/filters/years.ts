/**
 * The shared year filter (`years=2015-2023` in the URL): a node is active in a range when its known
 * years overlap it. Nodes with no known year stay: nothing says they were inactive.
 */
export interface YearRange {
	from: number;
	to: number;
}

/** First and last years the timeline covers. */
export const YEAR_MIN = 1865;
export const YEAR_MAX = 2030;

/** Whether a node with these years (no end = continuing) was active at some point in `range`. */
export function activeIn(
	node: { startYear?: number; endYear?: number },
	range: YearRange | null | undefined
): boolean {
	if (!range) return true;
	const { startYear: a, endYear: b } = node;
	if (a === undefined && b === undefined) return true;
	return (a ?? -Infinity) <= range.to && (b ?? Infinity) >= range.from;
}

/** A range with whole years inside the timeline, `from` ≤ `to`. */
export function normaliseYears(a: number, b: number): YearRange {
	const clamp = (y: number) => Math.min(YEAR_MAX, Math.max(YEAR_MIN, Math.round(y)));
	const [from, to] = [clamp(a), clamp(b)].sort((x, y) => x - y) as [number, number];
	return { from, to };
}
