/**
 * The zod schema of briefings.csv: one row per step of a deck. Which `view` names exist and which
 * `state` each view reads is checked above the data layer (`src/lib/views/steps.ts`), so the data
 * layer depends on nothing of the app.
 */
import { z } from 'zod';
import * as f from './fields';
import { toList } from './lists';
import { provenanceColumns, table, withStatusNote, type Row } from './provenance';
import * as T from './types';

export const briefings = table(
	withStatusNote(
		z.object({
			deck: f.id(),
			deck_title: f.text(),
			step: f.wholeNumber(1, 99),
			title: f.text(),
			notes: f.text(),
			view: f.text(),
			state: f.text().optional(),
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
