/** The timeline as a view: its model (`model.ts`), description, phrases, figure and CSV. */
import type { Dataset } from '$lib/data/types';
import { timelineFigure } from '$lib/handout/timelineFigure';
import type { ViewDefinition } from '../definition';
import type { ViewState } from '../state';
import { doubtfulHidden, filterPhrases, nameOf, plural, withFilters } from '../words';
import { timelineModel, type TimelineModel } from './model';
import { type TimelineParams, timelineUrl } from './url';

export { timelineModel, type TimelineModel } from './model';

function describe(d: Dataset, s: ViewState, now: number): string {
	const { items } = timelineModel(d, s, now);
	const lanes = new Set(items.map((it) => it.lane)).size;
	let text = `Timeline of ${plural(items.length, 'item')}${withFilters(filterPhrases(s, d, false))}`;
	text += items.length ? ` in ${plural(lanes, 'lane')}` : ': nothing matches these filters';
	if (s.years) text += `, highlighting ${s.years.from} to ${s.years.to}`;
	text += '.';
	const sel = s.sel ? d.nodes.find((n) => n.id === s.sel) : undefined;
	if (sel) text += ` ${sel.name} is selected.`;
	return text;
}

const iso = (t: number) => (Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : '');

export const timelineView: ViewDefinition<TimelineModel, TimelineParams, 'timeline'> = {
	...timelineUrl,
	model: (d, s, ctx) => timelineModel(d, s, ctx.now ?? Date.now()),
	describe: (d, s, ctx) => describe(d, s, ctx.now ?? Date.now()),
	hidden: doubtfulHidden,
	phrases(d, s) {
		const out = filterPhrases(s, d, false);
		if (s.years) out.push(`years ${s.years.from} to ${s.years.to} highlighted`);
		if (s.sel) out.push(`${nameOf(d, s.sel)} selected`);
		return out;
	},
	handout(d, s, { builtAt }) {
		const now = Date.parse(builtAt) || Date.now();
		const figure = timelineFigure(d, s, now);
		// Counted against the description's total, so the page never gives two numbers for one thing.
		const { items } = timelineModel(d, s, now);
		const caption =
			`Timeline ${figure.from} to ${figure.to}: ${figure.items} of the ${plural(items.length, 'item')}, in ${plural(figure.lanes.length, 'lane')}` +
			`${s.years ? `, ${s.years.from} to ${s.years.to} highlighted` : ''} (expected recurrences are not drawn).`;
		return { kind: 'timeline', figure, caption };
	},
	exports: [
		{
			name: 'itu-atlas-timeline-items',
			label: 'Items shown (CSV)',
			table(d, s, ctx) {
				const { inRange } = timelineModel(d, s, ctx.now ?? Date.now());
				return {
					columns: ['id', 'label', 'lane', 'date', 'start', 'end', 'node', 'status', 'source'],
					rows: inRange.map((it) => ({
						id: it.id,
						label: it.label,
						lane: it.lane,
						date: it.dateText,
						start: iso(it.start),
						end: iso(it.end),
						node: it.ref,
						status: it.status,
						source: it.source.join(';')
					}))
				};
			}
		}
	]
};
