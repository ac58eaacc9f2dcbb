/** The Data page as a view: the tables, their rows by status, the table shown (`model.ts`). */
import { tableViews } from '$lib/data/tables';
import { STATUSES, type Dataset } from '$lib/data/types';
import type { ViewDefinition } from '../definition';
import { formatNumber } from '$lib/i18n/format';
import { joinWords, plural } from '../words';
import { dataModel, type DataModel } from './model';
import { type DataParams, dataUrl } from './url';

/** The tables, their rows by status, and the table shown. */
function describe(d: Dataset, table: string | undefined): string {
	const views = tableViews(d);
	const rows = views.flatMap((v) => v.rows);
	const byStatus = STATUSES.map((st) => ({
		st,
		n: rows.filter((r) => r.status === st).length
	})).filter((c) => c.n);
	let text =
		`Data and sources: ${plural(views.length, 'table')} with ${plural(rows.length, 'row')}` +
		` from ${plural(d.sources.length, 'source')}`;
	if (byStatus.length)
		text += `; by status, ${joinWords(byStatus.map((c) => `${formatNumber(c.n, 'en')} ${c.st}`))}`;
	text += '.';
	const shown = views.find((v) => v.file === table);
	if (shown) text += ` Showing the ${shown.title} table (${plural(shown.rows.length, 'row')}).`;
	return text;
}

export const dataView: ViewDefinition<DataModel, DataParams, 'data'> = {
	...dataUrl,
	model: (d, s) => dataModel(d, s, s.table),
	describe: (d, _s, ctx) => describe(d, ctx.table),
	phrases: () => [],
	handout: () => null,
	// The page downloads each table as CSV itself (with its columns as in data/).
	exports: []
};
