/**
 * The zod schema of briefings.csv: one row per step of a deck. `state` must read back through the
 * shared URL view state without a notice, so a deck can only hold links the views understand.
 */
import { z } from 'zod';
import { parseViewState } from '../state/viewState';
import * as f from './fields';
import { quote } from './issues';
import { toList } from './lists';
import { provenanceColumns, table, withStatusNote, type Row } from './provenance';
import * as T from './types';

/** What is wrong with a `state` cell, as the end of a sentence; undefined when it is fine. */
export function stateProblem(state: string): string | undefined {
	if (state.startsWith('?')) return 'starts with "?" (write the query string without it)';
	const { state: read, notices } = parseViewState(new URLSearchParams(state));
	if (notices.length) return `is not a view state the app reads: ${notices.join(' ')}`;
	if (read.present || read.proj) return 'sets present or proj (the presenter chooses those)';
	return undefined;
}

const viewState = () =>
	f.text().check((ctx) => {
		const found = stateProblem(ctx.value);
		if (found)
			ctx.issues.push({
				code: 'custom',
				input: ctx.value,
				message: `${quote(ctx.value)} ${found}`
			});
	});

export const briefings = table(
	withStatusNote(
		z.object({
			deck: f.id(),
			deck_title: f.text(),
			step: f.wholeNumber(1, 99),
			title: f.text(),
			notes: f.text(),
			view: f.oneOf(T.BRIEFING_VIEWS, 'a view'),
			state: viewState().optional(),
			...provenanceColumns
		})
	),
	(r): Row<T.BriefingStep> => ({
		deck: r.deck,
		deckTitle: r.deck_title,
		step: Number(r.step),
		title: r.title,
		notes: r.notes,
		view: r.view,
		state: r.state ?? '',
		status: r.status,
		statusNote: r.status_note,
		source: toList(r.source)
	})
);
