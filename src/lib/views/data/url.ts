/** The Data page's URL contract: the table shown. */
import type { ViewUrl } from '../contract';

export interface DataParams {
	/** The table shown (its file name without `.csv`, e.g. `entities`). */
	table: string | null;
}

export const dataUrl: ViewUrl<DataParams, 'data'> = {
	id: 'data',
	path: '/data/',
	title: 'Data',
	label: 'Data',
	params: {
		defaults: { table: null },
		specs: [
			{
				name: 'table',
				order: 130,
				read(raw, s, ignore) {
					if (/^[a-z][a-z0-9_]{0,40}$/.test(raw)) s.table = raw;
					else ignore(raw, 'not a table name');
				},
				write: (s) => s.table
			}
		]
	}
};
