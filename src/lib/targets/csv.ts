/** The CSV download of the observations a view shows, with their editions, natures and sources. */
import type { DataStamp } from '$lib/export/stamp';
import type { Observation, Source } from '$lib/data/types';
import { toCsv } from '$lib/export/csv';

export const CSV_COLUMNS = [
	'indicator',
	'region',
	'year',
	'value',
	'unit',
	'edition',
	'nature',
	'status',
	'status_note',
	'source',
	'source_titles',
	'target',
	'id'
] as const;

/**
 * CSV text (header row first) for some observations; source titles are resolved for readers. With
 * a `stamp`, every row also names the data version and build date (`data_version`, `data_built`).
 */
export function observationsCsv(
	rows: readonly Observation[],
	sources: Map<string, Source>,
	stamp?: DataStamp
): string {
	const extra = stamp ? [stamp.version, stamp.builtAt] : [];
	return toCsv(
		rows.map((o) => [
			o.indicator,
			o.region,
			o.year,
			o.value,
			o.unit,
			o.edition,
			o.nature,
			o.status,
			o.statusNote ?? '',
			o.source.join(';'),
			o.source.map((s) => sources.get(s)?.title ?? s).join('; '),
			o.target ?? '',
			o.id,
			...extra
		]),
		[...CSV_COLUMNS, ...(stamp ? ['data_version', 'data_built'] : [])]
	);
}
