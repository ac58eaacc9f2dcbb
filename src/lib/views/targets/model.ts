/**
 * What the Targets page shows, from the data and the view state: the framework, the overview's
 * rows (filtered, sorted, grouped by goal), the filter counts, the shared time axis, and the
 * selected target with its assessment. Pure: the page only draws it.
 */
import type { Dataset, Framework, Observation, Target } from '$lib/data/types';
import type { FacetCounts } from '$lib/filters/facets';
import { assessTarget, type Assessment } from '$lib/targets/assess';
import { sharedYears } from '$lib/targets/axes';
import { groupRows, type RowGroup } from '$lib/targets/groups';
import type { Method } from '$lib/targets/methods';
import {
	DEFAULT_FRAMEWORK,
	frameworkHeading,
	targetFacetCounts,
	targetFrameworks,
	targetRows
} from '$lib/targets/overview';
import { SORT_KEYS, sortRows, type SortKey, type TargetRow } from '$lib/targets/sort';
import { otherObservations, targetObservations } from '$lib/targets/status';
import type { ViewState } from '../state';

/** The framework `fw` asks for (Connect 2030 without one), its rows and its number of targets. */
export interface TargetsSummary {
	/** The framework asked for; undefined when the dataset lacks it. */
	framework: Framework | undefined;
	rows: TargetRow[];
	/** Targets in the framework, before the filters. */
	total: number;
}

/** The framework asked for and its rows passing the filters (the description and the CSV). */
export function targetsSummary(d: Dataset, s: ViewState, asOfYear: number): TargetsSummary {
	const framework = d.frameworks.find((f) => f.id === (s.fw ?? DEFAULT_FRAMEWORK));
	if (!framework) return { framework, rows: [], total: 0 };
	return {
		framework,
		rows: targetRows(d, framework.id, asOfYear, s, { method: s.method ?? 'path', proxy: s.proxy }),
		total: d.targets.filter((t) => t.framework === framework.id).length
	};
}

/** The selected target, its status and the values its chart draws. */
export interface SelectedTarget {
	target: Target;
	assessment: Assessment;
	row: TargetRow;
	/** Its own indicator's values in the year range. */
	observations: Observation[];
	/** Values of its other indicators and regions in the year range. */
	others: Observation[];
}

export interface TargetsModel {
	/** The frameworks that have targets, Connect 2030 first. */
	frameworks: Framework[];
	/** The framework shown: the one asked for, else the first of `frameworks`. */
	framework: Framework | undefined;
	/** The page's heading, e.g. "Connect 2030 Agenda". */
	heading: string;
	sort: SortKey;
	method: Method;
	/** The framework's targets passing the filters, in the chosen order. */
	rows: TargetRow[];
	/** The overview's sections (one per goal when ordered by goal). */
	groups: RowGroup[];
	/** Targets in the framework, before the filters. */
	total: number;
	/** The filter bar's counts (undefined without a framework). */
	counts: FacetCounts | undefined;
	/** How many filter values are on (the narrow screen's "Show filters (3 on)"). */
	filtersOn: number;
	/** The years with observations (the year range's bounds). */
	span: { from: number; to: number };
	/** The time axis every card shares; undefined when each card fits its own (`fit=1`). */
	xDomain: [number, number] | undefined;
	/** The table layout's caption. */
	tableCaption: string;
	/** Presenting a step about one target: the overview's controls give way to its chart. */
	controls: boolean;
	selected: SelectedTarget | undefined;
	/** A target's values of its own indicator, in the year range. */
	observationsOf(id: string): Observation[];
	/** A target's assessment (any framework), for the drill-down and the panel's target list. */
	assess(t: Target): Assessment;
	isTarget(id: string): boolean;
}

const sortOf = (sort: string | null): SortKey =>
	(SORT_KEYS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : 'goal';

function yearSpan(observations: readonly Observation[]) {
	if (!observations.length) return { from: 2000, to: 2030 };
	let from = Infinity;
	let to = -Infinity;
	for (const o of observations) {
		from = Math.min(from, o.year);
		to = Math.max(to, o.year);
	}
	return { from, to };
}

/** What the Targets page shows for state `s`, statuses as of `asOfYear` (the build year). */
export function targetsModel(d: Dataset, s: ViewState, asOfYear: number): TargetsModel {
	const frameworks = targetFrameworks(d);
	const framework = frameworks.find((f) => f.id === (s.fw ?? DEFAULT_FRAMEWORK)) ?? frameworks[0];
	const sort = sortOf(s.sort);
	const method: Method = s.method ?? 'path';
	const rows = framework
		? targetRows(d, framework.id, asOfYear, s, { method, proxy: s.proxy })
		: [];
	const sorted = sortRows(rows, sort);
	const goals = d.goals.filter((g) => g.framework === framework?.id);
	const years = s.years;
	const inYears = (o: Observation) => !years || (o.year >= years.from && o.year <= years.to);
	const byTarget = new Map<string, Observation[]>();
	const observationsOf = (id: string) => {
		let obs = byTarget.get(id);
		if (!obs) {
			const t = d.targets.find((x) => x.id === id);
			obs = t ? targetObservations(t, d.observations).filter(inYears) : [];
			byTarget.set(id, obs);
		}
		return obs;
	};
	const assess = (t: Target) => {
		const fw = d.frameworks.find((f) => f.id === t.framework);
		return assessTarget(t, d.observations, {
			asOfYear,
			deadlineYear: fw?.deadlineYear,
			adoptedYear: fw?.adoptedYear,
			method
		});
	};
	const target = s.sel ? d.targets.find((t) => t.id === s.sel) : undefined;
	let selected: SelectedTarget | undefined;
	if (target) {
		const assessment = assess(target);
		selected = {
			target,
			assessment,
			row: { target, status: assessment.status },
			observations: observationsOf(target.id),
			others: otherObservations(target, d.observations).filter(inYears)
		};
	}
	const methodName = method === 'cagr' ? 'growth-rate ratio' : 'straight-path';
	const heading = framework ? frameworkHeading(framework) : 'Targets';
	return {
		frameworks,
		framework,
		heading,
		sort,
		method,
		rows: sorted,
		groups: groupRows(sorted, goals, sort),
		total: d.targets.filter((t) => t.framework === framework?.id).length,
		counts: framework ? targetFacetCounts(d, framework.id, s) : undefined,
		filtersOn: s.sdg.length + s.sector.length + s.status.length + s.type.length,
		span: yearSpan(d.observations),
		xDomain: s.fit ? undefined : sharedYears(rows, observationsOf),
		tableCaption: `${heading}: ${sorted.length} targets, status by the ${methodName} method`,
		controls: !!framework && !(s.present && selected),
		selected,
		observationsOf,
		assess,
		isTarget: (id) => d.targets.some((t) => t.id === id)
	};
}
