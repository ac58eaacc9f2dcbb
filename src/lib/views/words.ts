/**
 * Words shared by every view's description and filter phrases: counts, lists, and the active
 * filters in words (the one function that words them). Pure.
 */
import { STATUS_INFO } from '$lib/data/status';
import type { Dataset, Sector } from '$lib/data/types';
import { SECTOR_LABELS, typeLabel } from '$lib/graph/style';
import { formatList, formatNumber, pluralCategory } from '$lib/i18n/format';
import type { TargetStatus } from '$lib/targets/status';
import type { SharedState } from './shared';

export const SECTOR_NAMES: Record<Sector, string> = {
	'ITU-R': 'ITU-R',
	'ITU-T': 'ITU-T',
	'ITU-D': 'ITU-D',
	GS: 'the General Secretariat',
	ITU: 'ITU as a whole'
};

export const STATUS_WORDS: Record<TargetStatus, string> = {
	'not-achieved': 'not achieved',
	'off-track': 'off track',
	'insufficient-data': 'without enough data',
	'on-track': 'on track',
	achieved: 'achieved',
	qualitative: 'qualitative'
};

// The descriptions are English sentences until they move to the message catalogues (issue 13's
// next wave): their numbers, plurals and lists already go through Intl, in English.

/** "1 node" / "3 nodes" / "2,208 rows"; `many` defaults to `one` + "s". */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${formatNumber(n, 'en')} ${pluralCategory(n, 'en') === 'one' ? one : many}`;
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
	return formatList(words, 'en');
}

/** The active filters as phrases, e.g. ["aligned with SDG 9 (Industry, …)", "in ITU-D"]. */
export function filterPhrases(
	s: Pick<SharedState, 'sdg' | 'sector' | 'type' | 'status' | 'years'>,
	d: Pick<Dataset, 'sdgs'>,
	yearsHide = true
): string[] {
	const out: string[] = [];
	if (s.sdg.length) {
		const names = s.sdg.map((n) => {
			const sdg = d.sdgs.find((x) => x.number === n);
			return sdg ? `SDG ${n} (${sdg.shortName})` : `SDG ${n}`;
		});
		out.push(`aligned with ${joinWords(names)}`);
	}
	if (s.sector.length) out.push(`in ${joinWords(s.sector.map((x) => SECTOR_NAMES[x]))}`);
	if (s.type.length) out.push(`of type ${joinWords(s.type.map((t) => t.replace(/_/g, ' ')))}`);
	if (s.status.length) out.push(`with data status ${joinWords(s.status)}`);
	if (s.years && yearsHide) out.push(`active between ${s.years.from} and ${s.years.to}`);
	return out;
}

/** " phrase, phrase" after a head, or "" when no filter is active. */
export const withFilters = (phrases: string[]) => (phrases.length ? ` ${phrases.join(', ')}` : '');

/** A node's or target's name for a phrase: its name when the dataset has it, else its id. */
export function nameOf(d: Pick<Dataset, 'nodes'>, id: string): string {
	return d.nodes.find((n) => n.id === id)?.name ?? id;
}

/** "Sel selected" (the phrase of a selection on views without focus). */
export const selectedPhrase = (d: Pick<Dataset, 'nodes'>, sel: string | null) =>
	sel ? [`${nameOf(d, sel)} selected`] : [];

/**
 * The active filters as an export's caption line: "Filters: SDG 9; Sector ITU-D (…); Type …" or
 * "Filters: none" (with `focus`, the graph's focus too). Used by every view's image export.
 */
export function filtersLine(
	v: Pick<SharedState, 'sdg' | 'sector' | 'type' | 'status'> & {
		sel?: string | null;
		depth?: number;
	},
	focus = false
): string {
	const parts = [
		v.sdg.length && `SDG ${v.sdg.join(', ')}`,
		v.sector.length && `Sector ${v.sector.map((s) => SECTOR_LABELS[s]).join(', ')}`,
		v.type.length && `Type ${v.type.map(typeLabel).join(', ')}`,
		v.status.length && `Status ${v.status.map((s) => STATUS_INFO[s].label).join(', ')}`,
		focus && v.sel && v.depth && `Focus: ${v.depth} step${v.depth > 1 ? 's' : ''} around ${v.sel}`
	].filter(Boolean);
	return `Filters: ${parts.length ? parts.join('; ') : 'none'}`;
}

/**
 * The names flagged doubtful that a view leaves out by default, as a sentence ("" when the dataset
 * has none), or that it shows with `doubtful=1`: the `hidden` of the graph and the timeline.
 */
export function doubtfulHidden(
	d: Pick<Dataset, 'nodes'>,
	s: Pick<SharedState, 'doubtful'>
): string {
	const n = d.nodes.filter((x) => x.status === 'doubtful').length;
	if (!n) return '';
	return s.doubtful
		? `Including ${plural(n, 'name')} flagged as doubtful.`
		: `${plural(n, 'name')} flagged as doubtful ${n === 1 ? 'is' : 'are'} hidden (“Show names flagged as doubtful” brings them back).`;
}
