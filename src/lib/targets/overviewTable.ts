/**
 * The overview as a table (target, latest value and year, target, status, gap, method, proxy) and
 * its CSV download, stamped with the data version and build date like every export. Cells that a
 * spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) get a
 * leading apostrophe, except numbers in the numeric columns.
 */
import { toCsv } from '$lib/export/csv';
import type { DataStamp } from '$lib/export/stamp';
import type { Target } from '$lib/data/types';
import type { Assessment } from './assess';
import { fmtGap, fmtValue } from './format';
import { METHOD_INFO } from './methods';
import { TARGET_STATUS_INFO } from './statusInfo';

export interface TableRow {
	id: string;
	code: string;
	text: string;
	latest: string;
	latestYear: number | null;
	target: string;
	status: string;
	gap: string;
	method: string;
	proxy: string;
}

/** One table row per target; `proxy` only in proxy mode (else the proxy column says so). */
export function tableRow(t: Target, a: Assessment, proxy?: Assessment): TableRow {
	const s = a.status;
	const unit = s.judged?.unit ?? t.unit;
	const p = proxy?.status;
	return {
		id: t.id,
		code: t.code,
		text: t.text,
		latest: s.judged ? fmtValue(s.judged.value, unit) : '',
		latestYear: s.judged?.year ?? null,
		target: s.goal ? `${fmtValue(s.goal.value, unit)} by ${s.goal.year}` : '',
		status: TARGET_STATUS_INFO[s.status].label,
		gap: s.gap !== undefined && s.gap > 0 ? `${fmtGap(s.gap, unit)} short` : '',
		method: METHOD_INFO[a.method].short,
		proxy: p
			? `Proxy: ${TARGET_STATUS_INFO[p.status].label} (${p.region}${t.proxy?.indicator ? `, ${t.proxy.indicator}` : ''})`
			: t.proxy
				? 'has a proxy (proxy mode off)'
				: ''
	};
}

export const TABLE_COLUMNS = [
	'target',
	'code',
	'text',
	'latest_value',
	'latest_year',
	'target_level',
	'status',
	'gap',
	'method',
	'proxy'
] as const;

/** CSV text of the table, every row stamped with `data_version` and `data_built`. */
export function overviewCsv(rows: readonly TableRow[], stamp: DataStamp): string {
	return toCsv(
		rows.map((r) => [
			r.id,
			r.code,
			r.text,
			r.latest,
			r.latestYear,
			r.target,
			r.status,
			r.gap,
			r.method,
			r.proxy,
			stamp.version,
			stamp.builtAt
		]),
		[...TABLE_COLUMNS, 'data_version', 'data_built']
	);
}
