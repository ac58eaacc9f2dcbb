/**
 * Referential integrity across tables: unique ids, and every id a cell refers to exists in the
 * right table. Works on the raw cells, so a row with an unrelated typing error is still checked.
 */
import type { BriefingIds, DatasetCheck } from './briefings';
import { checkConsistency } from './consistency';
import { checkSdgTables } from './sdgChecks';
import { indexIds, NODE_TABLES, type IdIndex, type Tables } from './ids';
import { error } from './issues';
import { ID_PATTERN, splitList } from './values';
import { TABLE_FILES, type DataIssue, type TableFile } from './types';

interface Reference {
	file: TableFile;
	column: string;
	to: readonly TableFile[];
}

const REFERENCES: Reference[] = [
	{ file: 'events.csv', column: 'series', to: ['entities.csv'] },
	{ file: 'frameworks.csv', column: 'adopted_by', to: NODE_TABLES },
	{ file: 'goals.csv', column: 'framework', to: ['frameworks.csv'] },
	{ file: 'targets.csv', column: 'framework', to: ['frameworks.csv'] },
	{ file: 'targets.csv', column: 'goal', to: ['goals.csv', 'sdgs.csv'] },
	{ file: 'targets.csv', column: 'indicator', to: ['indicators.csv'] },
	{ file: 'targets.csv', column: 'proxy_indicator', to: ['indicators.csv'] },
	{ file: 'targets.csv', column: 'reported_instead', to: ['indicators.csv'] },
	{ file: 'targets.csv', column: 'no_status_source', to: ['sources.csv'] },
	{ file: 'targets.csv', column: 'proxy_source', to: ['sources.csv'] },
	{ file: 'entities.csv', column: 'names_source', to: ['sources.csv'] },
	{ file: 'observations.csv', column: 'indicator', to: ['indicators.csv'] },
	{ file: 'observations.csv', column: 'target', to: ['targets.csv'] },
	{ file: 'relations.csv', column: 'from', to: NODE_TABLES },
	{ file: 'relations.csv', column: 'to', to: NODE_TABLES },
	{ file: 'facts.csv', column: 'subject', to: NODE_TABLES },
	{ file: 'sdg_targets.csv', column: 'sdg', to: ['sdgs.csv'] },
	{ file: 'sdg_alignment.csv', column: 'from', to: NODE_TABLES },
	{ file: 'sdg_alignment.csv', column: 'to', to: ['sdgs.csv', 'sdg_targets.csv', 'targets.csv'] },
	...TABLE_FILES.filter((f) => f !== 'sources.csv').map((file): Reference => ({
		file,
		column: 'source',
		to: ['sources.csv']
	}))
];

/** Relation types whose `to` must be a node of one table. */
/** Columns that hold a `;`-separated list of ids. */
const LIST_COLUMNS = new Set([
	'source',
	'no_status_source',
	'reported_instead',
	'proxy_source',
	'names_source'
]);

const RELATION_TARGETS: Record<string, { table: TableFile; what: string }> = {
	aligns_with_sdg: { table: 'sdgs.csv', what: 'an SDG' },
	contributes_to_target: { table: 'targets.csv', what: 'a target' }
};

const ANY_NODE =
	'is not the id of any entity, event, SDG, WSIS action line, framework, goal, target or indicator';

/**
 * Every cross-table problem of a dataset. `untrusted` tables (missing, unreadable, or without
 * an id column) may be incomplete, so references into them are not checked: one problem with
 * a file must not turn into hundreds of "unknown id" errors.
 */
export function checkIntegrity(
	tables: Tables,
	untrusted: ReadonlySet<TableFile>,
	checks: readonly DatasetCheck[] = []
): DataIssue[] {
	const index = indexIds(tables);
	const issues = [...index.issues];
	for (const ref of REFERENCES) {
		if (ref.to.some((t) => untrusted.has(t))) continue;
		const known = ref.to === NODE_TABLES ? index.nodes : unionOf(ref.to, index);
		// List cells (`source` above all) often repeat: look each distinct list up once.
		const unknownIn = new Map<string, string[]>();
		const unknownOf = (cell: string): readonly string[] => {
			if (!LIST_COLUMNS.has(ref.column) || !cell.includes(';'))
				return known.has(cell) || !ID_PATTERN.test(cell) ? [] : [cell];
			let unknown = unknownIn.get(cell);
			if (unknown === undefined) {
				unknown = splitList(cell).filter((id) => ID_PATTERN.test(id) && !known.has(id));
				unknownIn.set(cell, unknown);
			}
			return unknown;
		};
		for (const { row, values, broken } of tables[ref.file]?.records ?? []) {
			const cell = values[ref.column];
			if (broken || cell === undefined) continue;
			for (const id of unknownOf(cell))
				issues.push(error(ref.file, missingMessage(id, ref, index), row, ref.column));
		}
	}
	return issues.concat(
		checkRelationTargets(tables, index, untrusted),
		checks.flatMap((check) => check(tables, idsOf(index, untrusted))),
		checkConsistency(tables),
		checkSdgTables(tables, index)
	);
}

/** The ids a dataset defines, for checks run above this layer; null when a node table may be incomplete. */
function idsOf(index: IdIndex, untrusted: ReadonlySet<TableFile>): BriefingIds | null {
	if (NODE_TABLES.some((t) => untrusted.has(t))) return null;
	const inTable = (file: TableFile) => (id: string) => !!index.byTable.get(file)?.has(id);
	return {
		node: (id) => index.nodes.has(id),
		target: inTable('targets.csv'),
		framework: inTable('frameworks.csv')
	};
}

function unionOf(files: readonly TableFile[], index: IdIndex): { has(id: string): boolean } {
	const tables = files.map((f) => index.byTable.get(f) ?? new Set<string>());
	return { has: (id) => tables.some((t) => t.has(id)) };
}

function missingMessage(id: string, ref: Reference, index: IdIndex): string {
	if (ref.to === NODE_TABLES) return `"${id}" ${ANY_NODE}`;
	const expected = `${ref.column} must be an id in ${ref.to.join(' or ')}`;
	const elsewhere = index.nodes.get(id);
	if (elsewhere) return `"${id}" is in ${elsewhere.file}, but ${expected}`;
	return `"${id}" is not an id in ${ref.to.join(' or ')}`;
}

function checkRelationTargets(
	tables: Tables,
	index: IdIndex,
	untrusted: ReadonlySet<TableFile>
): DataIssue[] {
	const issues: DataIssue[] = [];
	for (const { row, values, broken } of tables['relations.csv']?.records ?? []) {
		const rule = RELATION_TARGETS[values.type ?? ''];
		const to = values.to;
		if (broken || !rule || to === undefined || untrusted.has(rule.table)) continue;
		const place = index.nodes.get(to);
		if (!place || place.file === rule.table) continue; // unknown ids are reported once, above
		issues.push(
			error(
				'relations.csv',
				`"${to}" is not ${rule.what}: ${values.type} must point at an id in ${rule.table} ("${to}" is in ${place.file})`,
				row,
				'to'
			)
		);
	}
	return issues;
}
