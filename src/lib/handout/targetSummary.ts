/**
 * A framework's targets by status as a printable bar chart: one bar per status in use (in the
 * targets view's order), its length the number of targets, with the count, the status's icon and
 * words, and the codes of its targets. Pure.
 */
import type { Dataset } from '$lib/data/types';
import type { Filters } from '$lib/filters/facets';
import { DEFAULT_FRAMEWORK, targetRows } from '$lib/targets/overview';
import { compareCodes } from '$lib/targets/sort';
import { TARGET_STATUSES, type TargetStatus } from '$lib/targets/status';
import { TARGET_STATUS_INFO } from '$lib/targets/statusInfo';

export interface SummaryBar {
	status: TargetStatus;
	label: string;
	icon: string;
	colour: string;
	n: number;
	codes: string[];
	y: number;
	/** Bar length in the figure's units. */
	w: number;
}

export interface TargetSummary {
	framework: string;
	/** Targets shown (after the filters) and in the framework. */
	shown: number;
	total: number;
	bars: SummaryBar[];
	width: number;
	height: number;
	/** Where bars start (after the label column). */
	barX: number;
	barMax: number;
	rowH: number;
}

export const ROW_H = 30;

export function targetSummary(
	d: Dataset,
	fw: string | null,
	asOfYear: number,
	f: Partial<Filters> = {},
	width = 640
): TargetSummary | null {
	const framework = d.frameworks.find((x) => x.id === (fw ?? DEFAULT_FRAMEWORK));
	if (!framework) return null;
	const rows = targetRows(d, framework.id, asOfYear, f);
	const barX = 250;
	const barMax = width - barX - 40;
	const most = Math.max(
		1,
		...TARGET_STATUSES.map((st) => rows.filter((r) => r.status.status === st).length)
	);
	const bars = TARGET_STATUSES.map((status) => {
		const mine = rows.filter((r) => r.status.status === status);
		return { status, mine };
	})
		.filter((x) => x.mine.length)
		.map(({ status, mine }, k): SummaryBar => {
			const info = TARGET_STATUS_INFO[status];
			return {
				status,
				label: info.label,
				icon: info.icon,
				colour: info.colour,
				n: mine.length,
				codes: mine.map((r) => r.target.code).sort(compareCodes),
				y: k * ROW_H * 2,
				w: (mine.length / most) * barMax
			};
		});
	return {
		framework: framework.name,
		shown: rows.length,
		total: d.targets.filter((t) => t.framework === framework.id).length,
		bars,
		width,
		height: Math.max(ROW_H, bars.length * ROW_H * 2),
		barX,
		barMax,
		rowH: ROW_H
	};
}
