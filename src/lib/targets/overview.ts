/** The overview: a framework's targets with their statuses, filtered by the shared filters. */
import type { Dataset, Framework, Goal, Sector, Target } from '$lib/data/types';
import { sdgAlignment } from '$lib/filters/facets';
import { servers, servingSectors } from './serving';
import type { TargetRow } from './sort';
import { targetStatus } from './status';

export const DEFAULT_FRAMEWORK = 'connect-2030';

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

export interface OverviewFilters {
	sdg: number[];
	sector: Sector[];
}

/** The rows of the overview: every target of the framework that passes the filters, with its status. */
export function targetRows(
	d: Dataset,
	fw: string,
	asOfYear: number,
	f: OverviewFilters = { sdg: [], sector: [] }
): TargetRow[] {
	const framework = d.frameworks.find((x) => x.id === fw);
	const goals = new Map<string, Goal>(d.goals.map((g) => [g.id, g]));
	const aligned = sdgAlignment(d.nodes, d.links);
	return d.targets
		.filter((t) => t.framework === fw)
		.filter((t) => !f.sdg.length || f.sdg.some((n) => targetSdgs(d, t, aligned).has(n)))
		.filter((t) => {
			if (!f.sector.length) return true;
			const s = servingSectors(servers(d, t));
			return f.sector.some((x) => s.has(x));
		})
		.map((t) => ({
			target: t,
			goal: t.goal ? goals.get(t.goal) : undefined,
			status: targetStatus(t, d.observations, { asOfYear, deadlineYear: framework?.deadlineYear })
		}));
}
