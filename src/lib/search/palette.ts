/**
 * The command palette's items (Ctrl/⌘-K on every page): the views, the nodes of the dataset
 * (entities, events, targets, SDGs, WSIS Action Lines, frameworks, …), the briefing decks, and
 * actions ("Show ITU-T in the timeline", "Present ITU in 10 minutes"). Pure: where an item leads is
 * a `PaletteGo` that `paletteHref` turns into a link keeping the shared filters.
 */
import type { BriefingStep, Dataset } from '$lib/data/types';
import { search, type SearchHit } from './search';

/** Where choosing an item leads. */
export type PaletteGo =
	/** A view, with the shared state and the given selection or Sector filter. */
	| { to: 'view'; view: string; sel?: string; sector?: string }
	/** The Targets page with a target selected. */
	| { to: 'target'; id: string; framework: string }
	/** The graph focused on a node. */
	| { to: 'graph'; id: string }
	/** A deck's page on /present/. */
	| { to: 'deck'; deck: string }
	/** Present a deck from its first step. */
	| { to: 'present'; step: BriefingStep };

export interface PaletteItem {
	/** Unique among the items, stable across builds (kept in the recent list). */
	id: string;
	name: string;
	aliases: string[];
	/** What kind of thing it is, in words ("Sector", "Event", "Briefing", "Action", …). */
	type: string;
	go: PaletteGo;
	/** Ties between equally good matches: views, decks, busier nodes, then the Sector actions. */
	weight: number;
}

/** A view of the navigation, as the palette lists it. */
export interface PaletteView {
	id: string;
	title: string;
	label: string;
}

const KIND_WORDS: Record<string, string> = {
	event: 'Event',
	sdg: 'SDG',
	wsis: 'WSIS Action Line',
	framework: 'Framework',
	goal: 'Goal',
	target: 'Target',
	indicator: 'Indicator',
	sdg_target: 'SDG target'
};

/** "event_series" → "Event series". */
const words = (s: string) => {
	const w = s.replace(/_/g, ' ');
	return w.charAt(0).toUpperCase() + w.slice(1);
};

/** The abbreviation a Sector goes by ("ITU-T"): its first alias in capitals with a hyphen, else its Sector. */
const abbreviation = (aliases: readonly string[], sector: string | undefined) =>
	aliases.find((a) => /^ITU-[A-Z]$/.test(a)) ?? sector;

/**
 * Every item of the palette. Names flagged doubtful are left out unless `doubtful` (the shared
 * "show doubtful names" filter) is on.
 */
export function paletteItems(
	data: Pick<Dataset, 'nodes' | 'links' | 'targets' | 'entities' | 'briefings'>,
	views: readonly PaletteView[],
	doubtful = false
): PaletteItem[] {
	const degree = new Map<string, number>();
	for (const l of data.links) {
		degree.set(l.from, (degree.get(l.from) ?? 0) + 1);
		degree.set(l.to, (degree.get(l.to) ?? 0) + 1);
	}
	const frameworkOf = new Map(data.targets.map((t) => [t.id, t.framework]));
	const textOf = new Map(data.targets.map((t) => [t.id, t.text]));
	const items: PaletteItem[] = views.map((v) => ({
		id: `view:${v.id}`,
		name: v.title,
		aliases: v.label === v.title ? [] : [v.label],
		type: 'View',
		go: { to: 'view', view: v.id },
		weight: 1000
	}));

	for (const n of data.nodes) {
		if (n.status === 'doubtful' && !doubtful) continue;
		const weight = Math.min(degree.get(n.id) ?? 0, 400);
		const type = n.kind === 'entity' ? words(n.type) : (KIND_WORDS[n.kind] ?? words(n.kind));
		let go: PaletteGo;
		if (n.kind === 'target') go = { to: 'target', id: n.id, framework: frameworkOf.get(n.id)! };
		else if (n.kind === 'event') go = { to: 'view', view: 'timeline', sel: n.id };
		else go = { to: 'graph', id: n.id };
		const aliases = n.kind === 'target' ? [...n.aliases, textOf.get(n.id) ?? ''] : n.aliases;
		items.push({ id: `node:${n.id}`, name: n.name, aliases, type, go, weight });
	}

	// The Sectors in the timeline (their Sector filter on): "Show ITU-T in the timeline".
	for (const e of data.entities) {
		if (e.type !== 'sector' || (e.status === 'doubtful' && !doubtful)) continue;
		const abbr = abbreviation(e.aliases, e.sectors[0]);
		if (!abbr || !e.sectors[0]) continue;
		items.push({
			id: `timeline:${e.id}`,
			name: `Show ${abbr} in the timeline`,
			aliases: [abbr, e.name, `${abbr} timeline`],
			type: 'Action',
			go: { to: 'view', view: 'timeline', sector: e.sectors[0] },
			// After the Sector itself: "itu d" lists ITU-D first, then this action.
			weight: -1
		});
	}

	// Each shipped deck: its page, and presenting it from the first step.
	const decks = new Map<string, BriefingStep>();
	for (const s of data.briefings) {
		const first = decks.get(s.deck);
		if (!first || s.step < first.step) decks.set(s.deck, s);
	}
	for (const [deck, first] of decks) {
		items.push({
			id: `deck:${deck}`,
			name: first.deckTitle,
			aliases: [deck],
			type: 'Briefing',
			go: { to: 'deck', deck },
			weight: 600
		});
		items.push({
			id: `present:${deck}`,
			name: `Present ${first.deckTitle}`,
			aliases: [first.deckTitle, `${first.deckTitle} present`],
			type: 'Action',
			go: { to: 'present', step: first },
			weight: 550
		});
	}
	return items;
}

/** The best matches for `query` (see `search`: aliases, word tokens, ties by weight). */
export function paletteSearch(
	items: readonly PaletteItem[],
	query: string,
	limit = 12
): SearchHit<PaletteItem>[] {
	return search(items, query, limit, (i) => i.weight);
}
