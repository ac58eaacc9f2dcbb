/**
 * Headline figures for the home page, computed from the dataset (never typed in by hand).
 * Each figure keeps the provenance of what it was computed from.
 */
import { deriveAlignment } from '$lib/data/alignment';
import type { Dataset, Fact, Status } from '$lib/data/types';

export interface Headline {
	label: string;
	value: string;
	detail?: string;
	status?: Status;
	source?: string[];
}

const INITIATIVE_TYPES = new Set(['initiative', 'programme', 'platform']);

/** The claim to headline among several: verified first, then the most recent year. */
export function bestFact(facts: Fact[]): Fact | undefined {
	const rank = (f: Fact) => (f.status === 'verified' ? 1 : 0);
	return [...facts].sort((a, b) => rank(b) - rank(a) || (b.year ?? 0) - (a.year ?? 0))[0];
}

export function headlines(d: Dataset): Headline[] {
	const out: Headline[] = [];
	const members = d.facts.filter(
		(f) => f.subject === 'itu' && f.attribute === 'member_states' && f.status !== 'doubtful'
	);
	const values = [...new Set(members.map((f) => f.value))].sort();
	if (values.length === 1) {
		const best = bestFact(members)!;
		out.push({
			label: 'Member States',
			value: best.value,
			detail: best.year ? `as of ${best.year}` : undefined,
			status: best.status,
			source: best.source
		});
	} else if (values.length > 1) {
		// Sources disagree: show every claim, never pick one silently.
		const claim = (v: string) => {
			const years = members.filter((f) => f.value === v && f.year).map((f) => f.year!);
			return years.length ? `${v} (${Math.max(...years)})` : v;
		};
		out.push({
			label: 'Member States',
			value: values.join(' or '),
			detail: `sources disagree: ${values.map(claim).join(' vs ')}`,
			status: 'conflict',
			source: [...new Set(members.flatMap((f) => f.source))]
		});
	}
	const trusted = d.entities.filter((e) => e.status !== 'doubtful');
	const initiatives = trusted.filter((e) => INITIATIVE_TYPES.has(e.type)).length;
	out.push({ label: 'Initiatives, programmes and platforms', value: String(initiatives) });
	const c2030 = d.targets.filter((t) => t.framework === 'connect-2030');
	if (c2030.length) {
		const confirmed = c2030.filter((t) => t.status === 'verified' || t.status === 'partial').length;
		out.push({
			label: 'Connect 2030 targets',
			value: String(c2030.length),
			detail: `${confirmed} with confirmed wording or figures`
		});
	}
	// Stated links (a source says so) and derived ones (a WSIS Action Line ITU facilitates, an SDG
	// indicator it measures); doubtful names never carry one.
	const links = deriveAlignment(d);
	const stated = new Set(links.filter((l) => l.kind === 'stated').map((l) => l.sdg));
	const all = new Set(links.map((l) => l.sdg));
	out.push({
		label: 'SDGs linked to ITU work',
		value: `${stated.size} of ${d.sdgs.length}`,
		detail: `stated by a source; ${all.size} of ${d.sdgs.length} counting derived links`
	});
	const years = d.events.map((e) => e.start.year);
	if (years.length) {
		out.push({
			label: 'Dated events and milestones',
			value: String(d.events.length),
			detail: `${Math.min(...years)}–${Math.max(...years)}`
		});
	}
	return out;
}

/**
 * How many names are flagged doubtful: said in the home page's note on the data, not as a headline
 * figure (they are left out of every view and count unless asked for).
 */
export function doubtfulCount(d: Pick<Dataset, 'nodes'>): number {
	return d.nodes.filter((n) => n.status === 'doubtful').length;
}
