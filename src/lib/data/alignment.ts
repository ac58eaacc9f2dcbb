/**
 * SDG alignment, stated and derived, with its evidence. One pure function, `deriveAlignment`,
 * reads the dataset and returns every link from a node to an SDG (and, where known, an SDG
 * target), each with the path of rows that supports it:
 *
 * - **stated**: a row says so: a `stated` or `matrix` row of sdg_alignment.csv, or an
 *   `aligns_with_sdg` / `contributes_to_target` row of relations.csv pointing at an SDG or an
 *   SDG target. A link to a target is also a link to the target's SDG.
 * - **derived**, through one of two paths:
 *   1. X `facilitates` or `co_facilitates` a WSIS Action Line (relations.csv) that has a stated
 *      link (the WSIS–SDG Matrix) to the SDG or target: path = the relation, then that link;
 *   2. X measures an SDG indicator: a `custodian` row of sdg_alignment.csv (X is custodian of,
 *      or monitors, indicator 9.c.1, so it serves target 9.c), or X `measures` an indicator
 *      (relations.csv) whose `sdg_indicator` names the target.
 *
 * Doubtful rows never carry or pass on an alignment: a doubtful node has no link, and a doubtful
 * row (relation or evidence) is never a step of a path.
 */
import type { Dataset, Provenance, Relation, Status } from './types';

export type AlignmentMode = 'stated' | 'derived';

/** One row of evidence on a path. */
export interface AlignmentStep extends Provenance {
	from: string;
	to: string;
	/** What the row says, as a verb phrase: "co-facilitates", "WSIS–SDG Matrix", … */
	label: string;
	/** Where the step comes from: a relation or an alignment row. */
	table: 'relations.csv' | 'sdg_alignment.csv';
	quote?: string;
	/** The SDG indicator a custodian step names. */
	sdgIndicator?: string;
}

export interface SdgLink {
	/** The node that serves the SDG. */
	from: string;
	sdg: number;
	/** The SDG target node, when the evidence names one. */
	target?: string;
	kind: 'stated' | 'derived';
	/** The evidence: one step for a stated link, the whole path for a derived one. */
	path: AlignmentStep[];
	/** The weakest status on the path. */
	status: Status;
	/** Every source of the path, without repeats. */
	source: string[];
}

type Input = Pick<
	Dataset,
	'nodes' | 'relations' | 'sdgs' | 'targets' | 'sdgTargets' | 'sdgAlignment' | 'indicators'
>;

/** Statuses from the most to the least trusted; doubtful never reaches a path. */
const RANK: Status[] = ['verified', 'partial', 'seed-only', 'conflict', 'unverified', 'doubtful'];
const weakest = (steps: Provenance[]): Status =>
	steps.reduce<Status>(
		(w, s) => (RANK.indexOf(s.status) > RANK.indexOf(w) ? s.status : w),
		'verified'
	);

const FACILITATION: Partial<Record<Relation['type'], string>> = {
	facilitates: 'facilitates',
	co_facilitates: 'co-facilitates'
};

/** Every stated and derived SDG link of a dataset (see the file comment), stated ones first. */
export function deriveAlignment(input: Partial<Input>): SdgLink[] {
	// Tolerates a partial dataset (a hand-built one in a test or a user's subset of tables).
	const d: Input = {
		nodes: input.nodes ?? [],
		relations: input.relations ?? [],
		sdgs: input.sdgs ?? [],
		targets: input.targets ?? [],
		sdgTargets: input.sdgTargets ?? [],
		sdgAlignment: input.sdgAlignment ?? [],
		indicators: input.indicators ?? []
	};
	const sdgNumber = new Map(d.sdgs.map((s) => [s.id, s.number]));
	// SDG targets: sdg_targets.csv rows and targets.csv rows whose goal is an SDG.
	const targetSdg = sdgOfTargets(d);
	const codeOf = new Map<string, string>([
		...d.targets.map((t): [string, string] => [t.id, t.code]),
		...(d.sdgTargets ?? []).map((t): [string, string] => [t.id, t.code])
	]);
	const targetByCode = new Map<string, string>();
	for (const id of targetSdg.keys()) targetByCode.set(codeOf.get(id)!, id);
	const doubtful = new Set(d.nodes.filter((n) => n.status === 'doubtful').map((n) => n.id));
	const usable = (row: Provenance & { from: string }) =>
		row.status !== 'doubtful' && !doubtful.has(row.from);

	/** The SDG and target a link to `to` reaches, or null when `to` is neither. */
	const reach = (to: string): { sdg: number; target?: string } | null => {
		const n = sdgNumber.get(to);
		if (n !== undefined) return { sdg: n };
		const t = targetSdg.get(to);
		return t === undefined ? null : { sdg: t, target: to };
	};
	const link = (
		from: string,
		kind: SdgLink['kind'],
		at: { sdg: number; target?: string },
		path: AlignmentStep[]
	): SdgLink => {
		const l: SdgLink = {
			from,
			sdg: at.sdg,
			kind,
			path,
			status: weakest(path),
			source: [...new Set(path.flatMap((s) => s.source))]
		};
		if (at.target !== undefined) l.target = at.target;
		return l;
	};
	const step = (
		row: Provenance & { from: string; to: string },
		label: string,
		table: AlignmentStep['table'],
		extra: Partial<AlignmentStep> = {}
	): AlignmentStep => {
		const s: AlignmentStep = {
			from: row.from,
			to: row.to,
			label,
			table,
			status: row.status,
			source: row.source,
			origin: row.origin,
			...extra
		};
		if (row.statusNote !== undefined) s.statusNote = row.statusNote;
		return s;
	};

	const stated: SdgLink[] = [];
	for (const row of d.sdgAlignment ?? []) {
		if (row.kind === 'custodian' || !usable(row)) continue;
		const at = reach(row.to);
		if (!at) continue;
		const label = row.kind === 'matrix' ? 'WSIS–SDG Matrix' : 'stated';
		const extra: Partial<AlignmentStep> = row.quote === undefined ? {} : { quote: row.quote };
		stated.push(link(row.from, 'stated', at, [step(row, label, 'sdg_alignment.csv', extra)]));
	}
	for (const r of d.relations) {
		if ((r.type !== 'aligns_with_sdg' && r.type !== 'contributes_to_target') || !usable(r))
			continue;
		const at = reach(r.to);
		if (!at) continue;
		const extra: Partial<AlignmentStep> = r.note === undefined ? {} : { quote: r.note };
		stated.push(
			link(r.from, 'stated', at, [step(r, r.type.replace(/_/g, ' '), 'relations.csv', extra)])
		);
	}

	const derived: SdgLink[] = [];
	// 1. Facilitating a WSIS Action Line that the Matrix (or a source) links to the SDG.
	const statedFrom = new Map<string, SdgLink[]>();
	for (const l of stated) {
		const list = statedFrom.get(l.from);
		if (list) list.push(l);
		else statedFrom.set(l.from, [l]);
	}
	for (const r of d.relations) {
		const label = FACILITATION[r.type];
		if (!label || !usable(r) || doubtful.has(r.to)) continue;
		for (const l of statedFrom.get(r.to) ?? [])
			derived.push(link(r.from, 'derived', l, [step(r, label, 'relations.csv'), ...l.path]));
	}
	// 2a. Custodian of (or monitoring) an SDG indicator.
	for (const row of d.sdgAlignment ?? []) {
		if (row.kind !== 'custodian' || !usable(row)) continue;
		const at = reach(row.to);
		if (!at) continue;
		const extra: Partial<AlignmentStep> = { sdgIndicator: row.sdgIndicator };
		if (row.quote !== undefined) extra.quote = row.quote;
		derived.push(
			link(row.from, 'derived', at, [
				step(row, 'measures SDG indicator', 'sdg_alignment.csv', extra)
			])
		);
	}
	// 2b. Measuring an indicator of the dataset that is an SDG indicator.
	const indicators = new Map(d.indicators.map((i) => [i.id, i]));
	for (const r of d.relations) {
		const ind = r.type === 'measures' ? indicators.get(r.to) : undefined;
		if (!ind?.sdgIndicator || !usable(r) || ind.status === 'doubtful') continue;
		const code = ind.sdgIndicator.split('.').slice(0, 2).join('.');
		const target = targetByCode.get(code);
		const at = target === undefined ? reach(`sdg-${code.split('.')[0]}`) : reach(target);
		if (!at) continue;
		derived.push(
			link(r.from, 'derived', at, [
				step(r, 'measures SDG indicator', 'relations.csv', { sdgIndicator: ind.sdgIndicator })
			])
		);
	}
	return [...stated, ...derived];
}

/**
 * For each node, the SDG numbers it is linked to in a mode: `stated` counts stated links only,
 * `derived` stated and derived ones. An SDG node carries its own number, an SDG target node its
 * SDG's: that is what they are, not an alignment.
 */
export function alignedSdgs(
	links: readonly SdgLink[],
	nodes: Dataset['nodes'],
	mode: AlignmentMode,
	targetSdg: ReadonlyMap<string, number> = new Map()
): Map<string, Set<number>> {
	const out = new Map<string, Set<number>>();
	const add = (id: string, n: number) => {
		let s = out.get(id);
		if (!s) out.set(id, (s = new Set()));
		s.add(n);
	};
	for (const n of nodes) if (n.sdg) add(n.id, n.sdg);
	for (const [id, n] of targetSdg) add(id, n);
	for (const l of links) if (mode === 'derived' || l.kind === 'stated') add(l.from, l.sdg);
	return out;
}

/** The SDG number of every SDG target (sdg_targets.csv, and targets.csv rows of an SDG). */
export function sdgOfTargets(
	d: Partial<Pick<Dataset, 'sdgs' | 'targets' | 'sdgTargets'>>
): Map<string, number> {
	const sdgNumber = new Map((d.sdgs ?? []).map((s) => [s.id, s.number]));
	const out = new Map<string, number>();
	for (const t of d.targets ?? []) {
		const n = t.goal === undefined ? undefined : sdgNumber.get(t.goal);
		if (n !== undefined) out.set(t.id, n);
	}
	for (const t of d.sdgTargets ?? []) {
		const n = sdgNumber.get(t.sdg);
		if (n !== undefined) out.set(t.id, n);
	}
	return out;
}
