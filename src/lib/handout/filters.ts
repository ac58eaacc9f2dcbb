/**
 * The active filters of a view's state as a list of short phrases for the handout, e.g.
 * ["Aligned with SDG 9 (Industry, …)", "Focused on ITU, 1 step around it"]. Empty when none.
 */
import { filterPhrases } from '$lib/briefing/describe';
import type { BriefingView, Dataset } from '$lib/data/types';
import type { ViewState } from '$lib/state/viewState';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A node's or target's name for a phrase: its name when the dataset has it, else its id. */
function nameOf(d: Pick<Dataset, 'nodes'>, id: string): string {
	return d.nodes.find((n) => n.id === id)?.name ?? id;
}

export function activeFilters(
	view: BriefingView,
	s: ViewState,
	d: Pick<Dataset, 'sdgs' | 'nodes' | 'frameworks'>
): string[] {
	if (view === 'home' || view === 'data') return [];
	// On the graph a year range hides nodes; elsewhere it highlights or bounds, said below.
	const out = filterPhrases(s, d, view === 'graph');
	if (view === 'timeline' && s.years)
		out.push(`years ${s.years.from} to ${s.years.to} highlighted`);
	if (view === 'targets') {
		if (s.fw) out.push(`framework ${d.frameworks.find((f) => f.id === s.fw)?.name ?? s.fw}`);
		if (s.years) out.push(`observations from ${s.years.from} to ${s.years.to}`);
	}
	if (s.sel) {
		const name = nameOf(d, s.sel);
		out.push(
			view === 'graph' && s.depth
				? `focused on ${name}, ${s.depth} step${s.depth > 1 ? 's' : ''} around it`
				: `${name} selected`
		);
	}
	return out.map(capital);
}
