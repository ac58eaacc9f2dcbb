/**
 * Everything a card says about one target: its status under the chosen method (and whether the
 * other method disagrees), the working, the pace to the deadline (open targets) or the reading of a
 * lapsed one, and the same for its labelled proxy (never counted with real statuses). Pure.
 */
import type { Observation, Target } from '$lib/data/types';
import { latestFor } from './editions';
import { fmtValue } from './format';
import {
	cagrAssessment,
	DEFAULT_METHOD,
	METHOD_INFO,
	type CagrResult,
	type Method
} from './methods';
import { projectPace, type Pace } from './pace';
import { meets } from './path';
import {
	statusObservations,
	targetStatus,
	type StatusOptions,
	type StatusResult,
	type TargetStatus
} from './status';
import { TARGET_STATUS_INFO } from './statusInfo';
import { workingOf, type Working } from './working';

export interface Lapsed {
	deadline: number;
	verdict: 'met' | 'not-met' | 'no-data';
	/** The latest counted value after the deadline. */
	since?: Observation;
	/** The first year the target level was met (before or after the deadline). */
	reachedYear?: number;
	/** One or two sentences for the card. */
	words: string;
}

export interface Assessment {
	method: Method;
	/** The status under `method` (the one counted in the summary). */
	status: StatusResult;
	/** Both methods' verdicts. */
	byMethod: Record<Method, TargetStatus>;
	growth: CagrResult | null;
	/** A sentence when the two methods disagree. */
	disagree?: string;
	working: Working;
	/** Open targets: when the target is reached at the recent pace. */
	pace: Pace | null;
	lapsed?: Lapsed;
	/** True for the assessment of a proxy. */
	proxy: boolean;
}

export interface AssessOptions extends StatusOptions {
	method?: Method;
}

/** The status under Open SDG's ratio, from the straight-path result (only open-target verdicts change). */
function byCagr(t: Target, s: StatusResult): { status: StatusResult; growth: CagrResult | null } {
	if ((s.status !== 'on-track' && s.status !== 'off-track') || !s.baseline || !s.judged || !s.goal)
		return { status: s, growth: null };
	const growth = cagrAssessment(t.kind, s.baseline, s.judged, s.goal);
	if (!growth) return { status: s, growth };
	const status: TargetStatus = growth.category === 'on-track' ? 'on-track' : 'off-track';
	const unit = s.judged.unit;
	const reason = `${fmtValue(s.judged.value, unit)} in ${s.judged.year} (${s.judged.edition}): ${(growth.observed * 100).toFixed(1)}% a year since ${s.baseline.year} against ${(Math.abs(growth.required) * 100).toFixed(1)}% a year needed to reach ${fmtValue(s.goal.value, unit)} by ${s.goal.year}; ${growth.label.toLowerCase()}.`;
	return { status: { ...s, status, reason }, growth };
}

function lapsedOf(t: Target, s: StatusResult, counted: readonly Observation[]): Lapsed | undefined {
	const deadline = s.deadline;
	if (deadline === undefined || s.status === 'qualitative') return undefined;
	const goal = s.goal?.value;
	const unit = s.judged?.unit ?? counted[0]?.unit;
	const years = [...new Set(counted.map((o) => o.year))].sort((a, b) => a - b);
	const value = (y: number) => latestFor(counted, y)!;
	const reachedYear =
		goal === undefined ? undefined : years.find((y) => meets(t.kind, value(y).value, goal));
	const afterYears = years.filter((y) => y > deadline);
	const since = afterYears.length ? value(afterYears.at(-1)!) : undefined;
	const verdict =
		s.status === 'achieved' ? 'met' : s.status === 'not-achieved' ? 'not-met' : 'no-data';
	const parts: string[] = [];
	if (verdict === 'met') parts.push(`Deadline ${deadline} passed: met.`);
	else if (verdict === 'not-met') parts.push(`Deadline ${deadline} passed: not met.`);
	else parts.push(`Deadline ${deadline} passed: no counted value at the deadline.`);
	if (since)
		parts.push(`Latest since: ${fmtValue(since.value, unit)} in ${since.year} (${since.edition}).`);
	if (reachedYear !== undefined && verdict !== 'met')
		parts.push(
			reachedYear <= deadline
				? `The level was reached in ${reachedYear}, before the deadline.`
				: `The level was reached in ${reachedYear}.`
		);
	else if (verdict === 'not-met' && goal !== undefined) {
		// A projected year already covered by a measured value that falls short says nothing: skip it.
		const lastYear = years.at(-1) ?? -Infinity;
		const p = projectPace(counted, goal, t.kind);
		if (p?.year != null && p.year <= lastYear) {
			/* superseded by the data */
		} else if (p?.year != null)
			parts.push(
				`At the ${p.from}–${p.to} pace (${p.edition}) it would be reached around ${p.year}${p.early !== null && p.late !== null && p.early !== p.late ? ` (${p.early}–${p.late})` : ''}.`
			);
		else if (p) parts.push(`At the ${p.from}–${p.to} pace (${p.edition}) it is not reached.`);
	}
	return { deadline, verdict, since, reachedYear, words: parts.join(' ') };
}

/** The assessment of one target (use `assessProxy` for its proxy). */
export function assessTarget(
	t: Target,
	all: readonly Observation[],
	opts: AssessOptions
): Assessment {
	const method = opts.method ?? DEFAULT_METHOD;
	const path = targetStatus(t, all, opts);
	const cagr = byCagr(t, path);
	const status = method === 'cagr' ? cagr.status : path;
	const byMethod = { path: path.status, cagr: cagr.status.status };
	const other: Method = method === 'path' ? 'cagr' : 'path';
	const disagree =
		byMethod.path !== byMethod.cagr
			? `The ${METHOD_INFO[other].short} method says ${TARGET_STATUS_INFO[byMethod[other]].label.toLowerCase()}${other === 'cagr' && cagr.growth ? ` (${cagr.growth.label.toLowerCase()})` : ''}.`
			: undefined;
	const { counted } = statusObservations(t, all);
	const passed = status.deadline !== undefined && opts.asOfYear > status.deadline;
	const pace =
		!passed && status.goal && status.status !== 'qualitative'
			? projectPace(counted, status.goal.value, t.kind, status.deadline)
			: null;
	return {
		method,
		status,
		byMethod,
		growth: cagr.growth,
		disagree,
		working: workingOf(t.kind, status, method, cagr.growth),
		pace,
		lapsed: passed ? lapsedOf(t, status, counted) : undefined,
		proxy: false
	};
}

/** The target with its proxy indicator and region in place of its own, or undefined. */
export function proxyTarget(t: Target): Target | undefined {
	if (!t.proxy) return undefined;
	return { ...t, indicator: t.proxy.indicator ?? t.indicator, region: t.proxy.region ?? t.region };
}

/** The assessment of a target's proxy (labelled, never counted), or undefined when it has none. */
export function assessProxy(
	t: Target,
	all: readonly Observation[],
	opts: AssessOptions
): Assessment | undefined {
	const p = proxyTarget(t);
	return p && { ...assessTarget(p, all, opts), proxy: true };
}
