import { error } from '@sveltejs/kit';
import { embeddedFiles } from '$lib/data/embedded.server';
import { safeCsvText } from '$lib/export/csv';
import type { EntryGenerator, RequestHandler } from './$types';

// Each table of the embedded dataset as a downloadable CSV file: /data/entities.csv, …
export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () =>
	Object.keys(embeddedFiles).map((file) => ({ table: file.replace(/\.csv$/, '') }));

export const GET: RequestHandler = ({ params }) => {
	const text = embeddedFiles[`${params.table}.csv`];
	if (text === undefined) error(404, `No table ${params.table}`);
	// Formula-like cells (`=…`, `@…`) are neutralised for spreadsheets; the Data page reads them back.
	return new Response(safeCsvText(text), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
