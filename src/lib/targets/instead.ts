/**
 * What ITU reports instead, for a target without a status (`reported_instead`): the latest value of
 * each listed indicator in each region, from the latest edition reporting that year. Pure.
 */
import type { Indicator, Observation } from '$lib/data/types';
import { latestFor } from './editions';
import { NOT_COUNTED } from './status';

export interface InsteadRow {
	indicator: string;
	/** The indicator's name. */
	name: string;
	region: string;
	year: number;
	value: number;
	unit: string;
	edition: string;
	estimated: boolean;
	/** Unverified or doubtful: shown with "?". */
	flagged: boolean;
	/** Bar length as a share of the largest value of the same unit (0–1). */
	share: number;
}

/** At most this many regions per indicator, so the figure stays small. */
export const INSTEAD_MAX_REGIONS = 4;

export function insteadRows(
	ids: readonly string[],
	indicators: readonly Indicator[],
	all: readonly Observation[]
): InsteadRow[] {
	const rows: InsteadRow[] = [];
	for (const id of ids) {
		const mine = all.filter((o) => o.indicator === id);
		const regions = [...new Set(mine.map((o) => o.region))];
		const latest = regions.map((r) => {
			const inRegion = mine.filter((o) => o.region === r);
			return latestFor(inRegion, Math.max(...inRegion.map((o) => o.year)))!;
		});
		latest.sort((a, b) => b.year - a.year || b.value - a.value);
		for (const o of latest.slice(0, INSTEAD_MAX_REGIONS))
			rows.push({
				indicator: id,
				name: indicators.find((i) => i.id === id)?.name ?? id,
				region: o.region,
				year: o.year,
				value: o.value,
				unit: o.unit,
				edition: o.edition,
				estimated: o.nature === 'estimated',
				flagged: NOT_COUNTED.includes(o.status),
				share: 0
			});
	}
	const max = new Map<string, number>();
	for (const r of rows) max.set(r.unit, Math.max(max.get(r.unit) ?? 0, Math.abs(r.value)));
	for (const r of rows) r.share = max.get(r.unit) ? Math.abs(r.value) / max.get(r.unit)! : 0;
	return rows;
}
