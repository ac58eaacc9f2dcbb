/**
 * The two published ways of judging an open target, chosen with `method=` in the URL:
 *
 * - `path` (default, today's rule, `targetStatus`): the latest value against the straight path from
 *   the baseline to the target, on track within 5% of the baseline-to-target distance.
 * - `cagr`: Open SDG's progress measure (Statistics Canada's method, open-sdg/open-sdg
 *   `docs/progress-methodology.md`, "Indicators with quantitative targets"): the observed compound
 *   annual growth rate since the baseline divided by the rate needed to reach the target on time,
 *   R = d·CAGR_observed / |CAGR_required|; R ≥ 95% on track, 60–95% "progress made but acceleration
 *   needed", 0–60% "limited progress", below 0 "deterioration"; a met target is "target achieved".
 *
 * Both judge the same numbers (value, baseline, target level); only the open-target verdict differs.
 * Pure: no DOM, no data loading.
 */
import type { TargetKind } from '$lib/data/types';
import { direction, type YearValue } from './path';

export const METHODS = ['path', 'cagr'] as const;
export type Method = (typeof METHODS)[number];
export const DEFAULT_METHOD: Method = 'path';

export const METHOD_INFO: Record<Method, { label: string; short: string; cite: string }> = {
	path: {
		label: 'Straight path (ITU Atlas rule)',
		short: 'straight path',
		cite: 'The value against the straight path from baseline to target; on track within 5% of the distance (README, "How target status is computed").'
	},
	cagr: {
		label: 'Growth-rate ratio (Open SDG)',
		short: 'growth-rate ratio',
		cite: 'Open SDG progress measure (Statistics Canada method; open-sdg docs/progress-methodology.md): observed over required compound annual growth rate, on track from 95%.'
	}
};

/** Open SDG's thresholds on R, the ratio of observed to required growth (highest first). */
export const CAGR_THRESHOLDS = [
	{ from: 0.95, category: 'on-track', label: 'On track' },
	{ from: 0.6, category: 'acceleration-needed', label: 'Progress made but acceleration needed' },
	{ from: 0, category: 'limited-progress', label: 'Limited progress' },
	{ from: -Infinity, category: 'deterioration', label: 'Deterioration' }
] as const;
export type CagrCategory = (typeof CAGR_THRESHOLDS)[number]['category'];

/** Compound annual growth rate from one point to a later one; null when it cannot be computed. */
export function cagr(from: YearValue, to: YearValue): number | null {
	const years = to.year - from.year;
	if (years <= 0 || from.value <= 0 || to.value <= 0) return null;
	return (to.value / from.value) ** (1 / years) - 1;
}

export interface CagrResult {
	/** Observed growth per year, as a fraction (0.042 = 4.2% a year). */
	observed: number;
	/** Growth per year needed from the baseline to reach the target on time. */
	required: number;
	/** R = d·observed / |required|. */
	ratio: number;
	category: CagrCategory;
	label: string;
	/** The threshold R was compared with (the lower edge of its category). */
	threshold: number;
}

/** The category of a ratio R under Open SDG's thresholds. */
export function cagrCategory(ratio: number): (typeof CAGR_THRESHOLDS)[number] {
	return CAGR_THRESHOLDS.find((t) => ratio >= t.from)!;
}

/**
 * Open SDG's ratio for a target of `kind` from its baseline to the value judged, against its goal.
 * Null when a rate is undefined (values not all positive, no time elapsed) or no growth is needed.
 */
export function cagrAssessment(
	kind: TargetKind,
	baseline: YearValue,
	judged: YearValue,
	goal: YearValue
): CagrResult | null {
	const dir = direction(kind, baseline.value);
	if (!dir) return null;
	const observed = cagr(baseline, judged);
	const required = cagr(baseline, goal);
	if (observed === null || required === null || required === 0) return null;
	const d = dir === 'up' ? 1 : -1;
	const ratio = (d * observed) / Math.abs(required);
	const c = cagrCategory(ratio);
	return { observed, required, ratio, category: c.category, label: c.label, threshold: c.from };
}
