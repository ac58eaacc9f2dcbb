/**
 * Cross-row checks of the SDG tables, on the raw cells (so a row with an unrelated typing error
 * is still checked): an alignment row names an SDG or an SDG target; a `matrix` row starts at a
 * WSIS Action Line; a `custodian` row names an SDG indicator of its target; an SDG target's code
 * belongs to its SDG; a doubtful node's alignment is never shown (warning). Unknown ids are
 * reported by the reference checks of integrity.ts, once.
 */
import type { CsvRecord } from './csv';
import type { IdIndex, Tables } from './ids';
import { error, quote, warning } from './issues';
import type { DataIssue, TableFile } from './types';

const records = (tables: Tables, file: TableFile): CsvRecord[] =>
	(tables[file]?.records ?? []).filter((r) => !r.broken);

/** SDG id → number, read from sdgs.csv (`sdg-9` → 9). */
function sdgNumbers(tables: Tables): Map<string, number> {
	const out = new Map<string, number>();
	for (const { values } of records(tables, 'sdgs.csv')) {
		const n = Number(values.number);
		if (values.id !== undefined && Number.isInteger(n)) out.set(values.id, n);
	}
	return out;
}

/** SDG target id → its code and SDG number, from sdg_targets.csv and targets.csv (goal an SDG). */
function sdgTargetCodes(tables: Tables, sdgs: Map<string, number>) {
	const out = new Map<string, { code: string; sdg: number }>();
	for (const { values } of records(tables, 'sdg_targets.csv')) {
		const n = values.sdg === undefined ? undefined : sdgs.get(values.sdg);
		if (values.id && values.code && n !== undefined)
			out.set(values.id, { code: values.code, sdg: n });
	}
	for (const { values } of records(tables, 'targets.csv')) {
		const n = values.goal === undefined ? undefined : sdgs.get(values.goal);
		if (values.id && values.code && n !== undefined)
			out.set(values.id, { code: values.code, sdg: n });
	}
	return out;
}

function targetChecks(tables: Tables, sdgs: Map<string, number>): DataIssue[] {
	const issues: DataIssue[] = [];
	for (const { row, values } of records(tables, 'sdg_targets.csv')) {
		const n = values.sdg === undefined ? undefined : sdgs.get(values.sdg);
		const code = values.code;
		if (n === undefined || code === undefined) continue;
		if (!code.startsWith(`${n}.`))
			issues.push(
				error(
					'sdg_targets.csv',
					`code ${quote(code)} is not a target of SDG ${n} (expected ${n}.<number or letter>)`,
					row,
					'code'
				)
			);
	}
	return issues;
}

function alignmentChecks(
	tables: Tables,
	index: IdIndex,
	sdgs: Map<string, number>,
	targets: Map<string, { code: string; sdg: number }>
): DataIssue[] {
	const file = 'sdg_alignment.csv';
	const issues: DataIssue[] = [];
	const status = new Map<string, string | undefined>();
	for (const f of ['entities.csv', 'wsis_action_lines.csv', 'indicators.csv'] as const)
		for (const { values } of records(tables, f))
			if (values.id !== undefined && !status.has(values.id)) status.set(values.id, values.status);
	for (const { row, values } of records(tables, file)) {
		const { from, to, kind } = values;
		const place = to === undefined ? undefined : index.nodes.get(to);
		// `to`: an SDG or an SDG target (an unknown id is reported by the reference check).
		if (to !== undefined && place && !sdgs.has(to) && !targets.has(to))
			issues.push(
				error(
					file,
					`${quote(to)} is not an SDG or an SDG target (to must be an id of sdgs.csv, sdg_targets.csv, or a targets.csv row whose goal is an SDG; it is in ${place.file})`,
					row,
					'to'
				)
			);
		if (kind === 'matrix' && from !== undefined) {
			const at = index.nodes.get(from);
			if (at && at.file !== 'wsis_action_lines.csv')
				issues.push(
					error(
						file,
						`a matrix row links a WSIS Action Line to an SDG, but ${quote(from)} is in ${at.file}`,
						row,
						'from'
					)
				);
		}
		if (kind === 'custodian') {
			const code = values.sdg_indicator;
			if (code === undefined)
				issues.push(
					error(
						file,
						'required when kind is "custodian" (the SDG indicator, e.g. 9.c.1)',
						row,
						'sdg_indicator'
					)
				);
			else if (to !== undefined && (sdgs.has(to) || targets.has(to))) {
				const expected = targets.get(to)?.code ?? String(sdgs.get(to));
				if (!code.startsWith(`${expected}.`))
					issues.push(
						error(
							file,
							`indicator ${quote(code)} does not belong to ${quote(to)} (expected ${expected}.<number>)`,
							row,
							'sdg_indicator'
						)
					);
			}
		} else if (values.sdg_indicator !== undefined)
			issues.push(
				warning(
					file,
					`sdg_indicator is only read on custodian rows (this row is ${quote(kind)})`,
					row,
					'sdg_indicator'
				)
			);
		if (from !== undefined && status.get(from) === 'doubtful')
			issues.push(
				warning(
					file,
					`${quote(from)} is flagged doubtful: its alignment is never shown or passed on`,
					row,
					'from'
				)
			);
	}
	return issues;
}

/** Every cross-row problem of sdg_targets.csv and sdg_alignment.csv. */
export function checkSdgTables(tables: Tables, index: IdIndex): DataIssue[] {
	if (!tables['sdg_alignment.csv'] && !tables['sdg_targets.csv']) return [];
	const sdgs = sdgNumbers(tables);
	const targets = sdgTargetCodes(tables, sdgs);
	return [...targetChecks(tables, sdgs), ...alignmentChecks(tables, index, sdgs, targets)];
}
