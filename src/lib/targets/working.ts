/**
 * A status's working, in numbers and words: baseline, latest value, target, the observed yearly
 * change against the yearly change required to arrive on time, and the threshold that decided.
 */
import { fmtNum, fmtSmall, fmtValue } from './format';
import type { CagrResult, Method } from './methods';
import { ON_TRACK_TOLERANCE, type StatusResult } from './status';
import { direction, PARITY_BAND } from './path';
import type { TargetKind } from '$lib/data/types';

export interface Working {
	baseline?: { year: number; value: number; standIn: boolean };
	latest?: { year: number; value: number; edition: string };
	goal?: { year: number; value: number };
	/** Straight-line change per year from the baseline to the latest value, in the unit. */
	observedPerYear?: number;
	/** Change per year the straight path asks for, from the baseline to the target. */
	requiredPerYear?: number;
	/** Change per year still needed from the latest value to arrive on time. */
	remainingPerYear?: number;
	/** The threshold that decided, in words. */
	threshold: string;
	/**
	 * The small figure: observed against required change a year, with the threshold between them
	 * when it decided (straight path: in the unit a year; growth ratio: in % a year). Signed so that
	 * progress is positive.
	 */
	figure?: { unit: string; observed: number; required: number; threshold?: number };
	/** The working in sentences, for the panel and its text alternative. */
	words: string[];
}

const pct = (x: number) => `${fmtNum(x * 100)}%`;
const signed = (v: number, unit?: string) => {
	const n = fmtSmall(Math.abs(v));
	const u = unit?.trim().startsWith('%') ? ' points' : '';
	return `${v < 0 ? '−' : '+'}${n}${u}`;
};

/** The working of a status judged by `method` (`cagr` carries the Open SDG numbers when computed). */
export function workingOf(
	kind: TargetKind,
	s: StatusResult,
	method: Method,
	growth?: CagrResult | null
): Working {
	const unit = s.judged?.unit;
	const v = (x: number) => fmtValue(x, unit);
	const b = s.baseline;
	const j = s.judged;
	const g = s.goal;
	const w: Working = {
		baseline: b && { year: b.year, value: b.value, standIn: b.fromSeries },
		latest: j && { year: j.year, value: j.value, edition: j.edition },
		goal: g,
		threshold: '',
		words: []
	};
	if (b && j && j.year > b.year) w.observedPerYear = (j.value - b.value) / (j.year - b.year);
	if (b && g && g.year > b.year) w.requiredPerYear = (g.value - b.value) / (g.year - b.year);
	if (j && g && g.year > j.year) w.remainingPerYear = (g.value - j.value) / (g.year - j.year);

	if (b)
		w.words.push(
			`Baseline: ${v(b.value)} in ${b.year}${b.fromSeries ? ' (stand-in read from the series)' : ''}.`
		);
	if (j) w.words.push(`Latest value judged: ${v(j.value)} in ${j.year} (${j.edition}).`);
	if (g) w.words.push(`Target: ${v(g.value)} by ${g.year}.`);
	if (w.observedPerYear !== undefined && w.requiredPerYear !== undefined)
		w.words.push(
			`Observed change ${signed(w.observedPerYear, unit)} a year against ${signed(w.requiredPerYear, unit)} a year required${w.remainingPerYear !== undefined ? `; ${signed(w.remainingPerYear, unit)} a year needed from now on` : ''}.`
		);

	const up = direction(kind, b?.value) !== 'down';
	const sign = up ? 1 : -1;
	if (w.observedPerYear !== undefined && w.requiredPerYear !== undefined)
		w.figure = {
			unit: unit?.trim().startsWith('%') ? 'points a year' : 'a year',
			observed: sign * w.observedPerYear,
			required: sign * w.requiredPerYear
		};
	if (s.status === 'achieved' && j && g)
		w.threshold =
			kind === 'parity'
				? `Met: ${fmtNum(j.value)} is inside the parity band ${PARITY_BAND.low}–${PARITY_BAND.high}.`
				: `Met: ${v(j.value)} is ${up ? 'at or above' : 'at or below'} the target ${v(g.value)}.`;
	else if (s.status === 'not-achieved' && j && g)
		w.threshold = `Deadline ${g.year} passed: ${v(j.value)} in ${j.year} is ${up ? 'below' : 'above'} the target ${v(g.value)}.`;
	else if ((s.status === 'on-track' || s.status === 'off-track') && method === 'cagr' && growth) {
		const req = Math.abs(growth.required) * 100;
		w.figure = {
			unit: '% a year',
			observed: (up ? 1 : -1) * growth.observed * 100,
			required: req,
			threshold: 0.95 * req
		};
		w.threshold = `Growth ratio R = ${pct(growth.ratio)} (${pct(growth.observed)} a year observed ÷ ${pct(Math.abs(growth.required))} a year required); on track from R ≥ 95%, so: ${growth.label.toLowerCase()}.`;
	} else if (
		(s.status === 'on-track' || s.status === 'off-track') &&
		s.required !== undefined &&
		b &&
		g
	) {
		const tol = ON_TRACK_TOLERANCE * Math.abs(g.value - b.value);
		const edge = up ? s.required - tol : s.required + tol;
		if (w.figure && j!.year > b.year)
			w.figure.threshold = (sign * (edge - b.value)) / (j!.year - b.year);
		const vv = (x: number) => (unit?.trim().startsWith('%') ? v(x) : fmtSmall(x));
		w.threshold = `On track if ${up ? 'at least' : 'at most'} ${vv(edge)} in ${j!.year}: the path's ${vv(s.required)} ${up ? 'minus' : 'plus'} 5% of the baseline-to-target distance (${fmtSmall(tol)}); ${v(j!.value)} is ${s.status === 'on-track' ? 'inside' : 'outside'} it.`;
	} else w.threshold = s.reason;
	w.words.push(w.threshold);
	return w;
}
