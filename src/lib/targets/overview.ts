/** The overview: a framework's targets with their statuses, filtered by the shared filters. */
import type { Dataset, Framework, Goal, Sector, Status, Target, TargetKind } from '$lib/data/types';
import { sdgAlignment, type FacetCounts, type FacetKey, type Filters } from '$lib/filters/facets';
import { servers, servingSectors } from './serving';
import type { TargetRow } from './sort';
import { assessProxy, assessTarget } from './assess';
import { DEFAULT_FRAMEWORK } from './defaults';
import type { Method } from './methods';

export { DEFAULT_FRAMEWORK };

/** Frameworks that have at least one target, Connect 2030 first, then by adoption year (newest first). */
export function targetFrameworks(d: Pick<Dataset, 'frameworks' | 'targets'>): Framework[] {
	const used = new Set(d.targets.map((t) => t.framework));
	return d.frameworks
		.filter((f) => used.has(f.id))
		.sort(
			(a, b) =>
				Number(b.id === DEFAULT_FRAMEWORK) - Number(a.id === DEFAULT_FRAMEWORK) ||
				(b.adoptedYear ?? 0) - (a.adoptedYear ?? 0)
		);
}

/**
 * The page heading for a framework's targets: "Connect 2030 Agenda for …" → "Connect 2030 targets";
 * a name that already says "targets" is kept; others get ": targets".
 */
export function frameworkHeading(f: Pick<Framework, 'name'>): string {
	if (/\btargets\b/i.test(f.name)) return f.name;
	const connect = /^(Connect \d{4}) Agenda\b/i.exec(f.name);
	return connect ? `${connect[1]} targets` : `${f.name}: targets`;
}

/** The SDG numbers a target is aligned with: through links, or its indicator's SDG indicator code. */
export function targetSdgs(
	d: Dataset,
	t: Target,
	aligned = sdgAlignment(d.nodes, d.links)
): Set<number> {
	const out = new Set(aligned.get(t.id) ?? []);
	const code = d.indicators.find((i) => i.id === t.indicator)?.sdgIndicator;
	const n = code ? Number(code.split('.')[0]) : NaN;
	if (n >= 1 && n <= 17) out.add(n);
	return out;
}

/** A target's values for each shared facet: its SDGs, the Sectors serving it, its wording status, its kind. */
export interface TargetFacets {
	sdg: Set<number>;
	sector: Set<Sector>;
	status: Status;
	type: TargetKind;
}

export function targetFacets(
	d: Dataset,
	t: Target,
	aligned = sdgAlignment(d.nodes, d.links)
): TargetFacets {
	return {
		sdg: targetSdgs(d, t, aligned),
		sector: servingSectors(servers(d, t)),
		status: t.status,
		type: t.kind
	};
}

const FACET_KEYS: FacetKey[] = ['sdg', 'sector', 'status', 'type'];

/** Whether a target passes every active facet (any value within a facet), optionally ignoring one. */
export function passes(f: Partial<Filters>, x: TargetFacets, except?: FacetKey): boolean {
	return FACET_KEYS.every((k) => {
		if (k === except) return true;
		if (k === 'sdg') return !f.sdg?.length || f.sdg.some((n) => x.sdg.has(n));
		if (k === 'sector') return !f.sector?.length || f.sector.some((s) => x.sector.has(s));
		if (k === 'status') return !f.status?.length || f.status.includes(x.status);
		return !f.type?.length || f.type.includes(x.type);
	});
}

/** Faceted counts for the shared filter bar: how many targets each option would show. */
export function targetFacetCounts(d: Dataset, fw: string, f: Partial<Filters>): FacetCounts {
	const counts: FacetCounts = {
		sdg: new Map(),
		sector: new Map(),
		type: new Map(),
		status: new Map()
	};
	const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
	const aligned = sdgAlignment(d.nodes, d.links);
	for (const t of d.targets.filter((x) => x.framework === fw)) {
		const x = targetFacets(d, t, aligned);
		if (passes(f, x, 'sdg')) for (const n of x.sdg) bump(counts.sdg, String(n));
		if (passes(f, x, 'sector')) for (const s of x.sector) bump(counts.sector, s);
		if (passes(f, x, 'status')) bump(counts.status, x.status);
		if (passes(f, x, 'type')) bump(counts.type, x.type);
	}
	return counts;
}

/** The rows of the overview: every target of the framework that passes the filters, with its status. */
export function targetRows(
	d: Dataset,
	fw: string,
	asOfYear: number,
	f: Partial<Filters> = {},
	opts: { method?: Method; proxy?: boolean } = {}
): TargetRow[] {
	const framework = d.frameworks.find((x) => x.id === fw);
	const goals = new Map<string, Goal>(d.goals.map((g) => [g.id, g]));
	const aligned = sdgAlignment(d.nodes, d.links);
	return d.targets
		.filter((t) => t.framework === fw && passes(f, targetFacets(d, t, aligned)))
		.map((t) => {
			const o = {
				asOfYear,
				deadlineYear: framework?.deadlineYear,
				adoptedYear: framework?.adoptedYear,
				method: opts.method
			};
			const assessment = assessTarget(t, d.observations, o);
			return {
				target: t,
				goal: t.goal ? goals.get(t.goal) : undefined,
				status: assessment.status,
				assessment,
				proxy: opts.proxy ? assessProxy(t, d.observations, o) : undefined
			};
		});
}
