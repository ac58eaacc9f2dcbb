/**
 * A deck as slides, before any drawing: for each step its title, what the view shows, the active
 * filters, the sources line, the data stamp, the live link and the notes; and a title slide. The
 * PowerPoint writer (`components/present/pptx.ts`) lays these out and adds the figures. Pure.
 */
import type { Dataset } from '$lib/data/types';
import { stampText, stampedName, type DataStamp } from '$lib/export/stamp';
import { activeFilters, describeView } from '$lib/views/describe';
import { parseViewState, writeViewState, type ViewState } from '$lib/views/state';
import type { Deck } from './deck';
import { viewPath } from './deck';
import { listText, stepCountText, viewsVisited } from './gallery';

export interface StepSlide {
	title: string;
	view: string;
	state: ViewState;
	description: string;
	filters: string[];
	/** "Sources: …", or what stands for them on a step of the user's own. */
	sources: string;
	/** "ITU Atlas data version …, built …". */
	stamp: string;
	/** The step's live view, a full address. */
	link: string;
	/** The speaker notes. */
	notes: string;
}

export interface DeckSlides {
	title: string;
	/** "7 steps: Graph, Targets and Timeline". */
	subtitle: string;
	stamp: string;
	/** The deck's page, a full address. */
	link: string;
	steps: StepSlide[];
	/** `<deck-title>-<version>-<date>.pptx`. */
	fileName: string;
}

export interface SlideContext {
	dataset: Dataset;
	stamp: DataStamp;
	/** The site's address up to and including its base path, e.g. `https://x.org/atlas`. */
	base: string;
	/** A source's title for the sources line (ids without one are shown as ids). */
	sourceTitle: (id: string) => string | undefined;
}

/** A file-name slug of a title: lower case ASCII letters and digits joined by dashes. */
export function slug(title: string): string {
	const s = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return s || 'deck';
}

/** The slides of `deck`. */
export function deckSlides(deck: Deck, ctx: SlideContext): DeckSlides {
	const stamp = stampText(ctx.stamp);
	const asOfYear = Number(ctx.stamp.builtAt.slice(0, 4));
	const steps = deck.steps.map((s): StepSlide => {
		const state = parseViewState(new URLSearchParams(s.state)).state;
		const query = writeViewState(state);
		const titles = s.source.map((id) => ctx.sourceTitle(id) ?? id);
		return {
			title: s.title,
			view: s.view,
			state,
			description: describeView(s.view, state, ctx.dataset, {
				asOfYear,
				table: state.table ? `${state.table}.csv` : undefined
			}),
			filters: activeFilters(s.view, state, ctx.dataset),
			sources: titles.length
				? `Sources: ${titles.join('; ')}`
				: 'Your own step: not from the dataset.',
			stamp,
			link: `${ctx.base}${viewPath(s.view)}${query ? `?${query}` : ''}`,
			notes: s.notes
		};
	});
	return {
		title: deck.title,
		subtitle: deck.steps.length
			? `${stepCountText(deck.steps.length)}: ${listText(viewsVisited(deck))}`
			: stepCountText(0),
		stamp,
		link: `${ctx.base}/present/?deck=${encodeURIComponent(deck.id)}`,
		steps,
		fileName: stampedName(slug(deck.title), ctx.stamp, 'pptx')
	};
}
