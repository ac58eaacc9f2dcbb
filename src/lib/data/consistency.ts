/**
 * Checks between cells that are each valid alone: an end before its start (errors), and units,
 * goals and relations that disagree with what another row says (warnings).
 */
import { briefingOrder } from './briefings';
import type { CsvRecord } from './csv';
import type { Tables } from './ids';
import { error, quote, warning } from './issues';
import { compareDates, readDate, readYear } from './values';
import type { DataIssue, TableFile } from './types';

function records(tables: Tables, file: TableFile): CsvRecord[] {
	return (tables[file]?.records ?? []).filter((r) => !r.broken);
}

function yearOrder(tables: Tables, file: TableFile, first: string, last: string): DataIssue[] {
	const issues: DataIssue[] = [];
	for (const { row, values } of records(tables, file)) {
		const start = readYear(values[first]);
		const end = readYear(values[last]);
		if (start !== undefined && end !== undefined && end < start)
			issues.push(error(file, `${last} ${end} is before ${first} ${start}`, row, last));
	}
	return issues;
}

function dateOrder(tables: Tables): DataIssue[] {
	const issues: DataIssue[] = [];
	for (const { row, values } of records(tables, 'events.csv')) {
		const start = readDate(values.start_date);
		const end = readDate(values.end_date);
		if (start && end && compareDates(end, start) < 0)
			issues.push(
				error(
					'events.csv',
					`end_date ${end.text} is before start_date ${start.text}`,
					row,
					'end_date'
				)
			);
	}
	return issues;
}

function firstValues(
	tables: Tables,
	file: TableFile,
	column: string
): Map<string, string | undefined> {
	const map = new Map<string, string | undefined>();
	for (const { values } of records(tables, file))
		if (values.id !== undefined && !map.has(values.id)) map.set(values.id, values[column]);
	return map;
}

function unitWarnings(tables: Tables): DataIssue[] {
	const units = firstValues(tables, 'indicators.csv', 'unit');
	const issues: DataIssue[] = [];
	for (const { row, values } of records(tables, 'observations.csv')) {
		const expected = values.indicator === undefined ? undefined : units.get(values.indicator);
		if (expected === undefined || values.unit === undefined || values.unit === expected) continue;
		const message = `unit ${quote(values.unit)} differs from the unit of indicator ${quote(values.indicator)} (${quote(expected)})`;
		issues.push(warning('observations.csv', message, row, 'unit'));
	}
	return issues;
}

function goalWarnings(tables: Tables): DataIssue[] {
	const frameworkOf = firstValues(tables, 'goals.csv', 'framework');
	const issues: DataIssue[] = [];
	for (const { row, values } of records(tables, 'targets.csv')) {
		const owner = values.goal === undefined ? undefined : frameworkOf.get(values.goal);
		if (owner === undefined || values.framework === undefined || owner === values.framework)
			continue;
		const message = `goal ${quote(values.goal)} belongs to framework ${quote(owner)}, not ${quote(values.framework)}`;
		issues.push(warning('targets.csv', message, row, 'goal'));
	}
	return issues;
}

function relationWarnings(tables: Tables): DataIssue[] {
	const seen = new Map<string, number>();
	const issues: DataIssue[] = [];
	for (const { row, values } of records(tables, 'relations.csv')) {
		const { from, type, to } = values;
		if (from === undefined || type === undefined || to === undefined) continue;
		if (from === to)
			issues.push(warning('relations.csv', `${quote(from)} is related to itself`, row, 'to'));
		const key = `${from} ${type} ${to}`;
		const first = seen.get(key);
		if (first === undefined) seen.set(key, row);
		else {
			const message = `${quote(key)} is already stated at relations.csv:${first}`;
			issues.push(warning('relations.csv', message, row, 'from'));
		}
	}
	return issues;
}

/**
 * The optional column groups of targets.csv: a `no_status_reason` needs its `no_status_source`,
 * a proxy (`proxy_indicator` or `proxy_region`) needs `proxy_reason` and `proxy_source`, and
 * neither source nor reason stands alone.
 */
function targetGroups(tables: Tables): DataIssue[] {
	const issues: DataIssue[] = [];
	const need = (row: number, column: string, why: string) =>
		issues.push(error('targets.csv', `required ${why}`, row, column));
	for (const { row, values: v } of records(tables, 'targets.csv')) {
		if (v.no_status_reason && !v.no_status_source)
			need(row, 'no_status_source', 'when no_status_reason is given (the source of the reason)');
		if (v.no_status_source && !v.no_status_reason)
			need(row, 'no_status_reason', 'when no_status_source is given');
		const proxy = v.proxy_indicator || v.proxy_region;
		if (proxy && !v.proxy_reason)
			need(row, 'proxy_reason', 'when a proxy indicator or region is given (why it stands in)');
		if (proxy && !v.proxy_source)
			need(row, 'proxy_source', 'when a proxy indicator or region is given');
		if (!proxy && (v.proxy_reason || v.proxy_source))
			need(row, 'proxy_indicator', 'or proxy_region when proxy_reason or proxy_source is given');
	}
	return issues;
}

/** Ordering errors and cross-row warnings of a dataset (see the file comment). */
export function checkConsistency(tables: Tables): DataIssue[] {
	return [
		...yearOrder(tables, 'entities.csv', 'start_year', 'end_year'),
		...dateOrder(tables),
		...yearOrder(tables, 'frameworks.csv', 'adopted_year', 'deadline_year'),
		...yearOrder(tables, 'relations.csv', 'start_year', 'end_year'),
		...goalWarnings(tables),
		...unitWarnings(tables),
		...relationWarnings(tables),
		...briefingOrder(tables),
		...targetGroups(tables)
	];
}
