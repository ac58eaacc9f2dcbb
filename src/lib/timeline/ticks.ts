/**
 * Axis ticks for any zoom: centuries when the whole range is in view, then decades, years and
 * months. The step is the finest one whose labels keep `minSpacing` pixels apart.
 */
import { utcFormat, utcMonth, utcYear, type TimeInterval, type ScaleTime } from 'd3';

export type TickLevel = 'century' | 'decade' | 'year' | 'month';

export interface Tick {
	ms: number;
	label: string;
	/** On a boundary of the next coarser unit (a new decade, a new year), drawn stronger. */
	major: boolean;
}

interface Step {
	level: TickLevel;
	interval: TimeInterval;
	/** Approximate length in days, to compare with the pixels available. */
	days: number;
	major: (d: Date) => boolean;
}

const YEAR = 365.25;
const yearStep = (n: number, level: TickLevel, majorEvery: number): Step => ({
	level,
	interval: utcYear.every(n)!,
	days: n * YEAR,
	major: (d) => d.getUTCFullYear() % majorEvery === 0
});
const monthStep = (n: number): Step => ({
	level: 'month',
	interval: utcMonth.every(n)!,
	days: n * 30.44,
	major: (d) => d.getUTCMonth() === 0
});

/** From coarsest to finest. */
const STEPS: Step[] = [
	yearStep(100, 'century', 100),
	yearStep(50, 'century', 100),
	yearStep(20, 'decade', 100),
	yearStep(10, 'decade', 50),
	yearStep(5, 'year', 10),
	yearStep(2, 'year', 10),
	yearStep(1, 'year', 10),
	monthStep(6),
	monthStep(3),
	monthStep(1)
];

const fmtMonth = utcFormat('%b');
const fmtMonthYear = utcFormat('%b %Y');

/** The level and ticks for `scale` (its range is the plot width in pixels). */
export function chooseTicks(
	scale: ScaleTime<number, number>,
	minSpacing = 64
): { level: TickLevel; ticks: Tick[] } {
	const [d0, d1] = scale.domain() as [Date, Date];
	const [r0, r1] = scale.range() as [number, number];
	const pxPerDay = Math.abs(r1 - r0) / Math.max(1e-9, (d1.getTime() - d0.getTime()) / 864e5);
	let step = STEPS[0]!;
	for (const s of STEPS) if (s.days * pxPerDay >= minSpacing) step = s;
	const dates = step.interval.range(d0, new Date(d1.getTime() + 1));
	const ticks = dates.map((d, i): Tick => {
		const major = step.major(d);
		let label = String(d.getUTCFullYear());
		if (step.level === 'month') label = major || i === 0 ? fmtMonthYear(d) : fmtMonth(d);
		return { ms: d.getTime(), label, major };
	});
	return { level: step.level, ticks };
}
