/**
 * The id index of a dataset: where each id is first defined, and the duplicates. Node ids share
 * one namespace across all node tables; sources, observations and facts each have their own.
 */
import type { CsvTable } from './csv';
import { error } from './issues';
import { ID_PATTERN } from './values';
import type { DataIssue, TableFile } from './types';

/** Tables whose rows are graph nodes, in file order: relations may point at any of them. */
export const NODE_TABLES = [
	'entities.csv',
	'events.csv',
	'sdgs.csv',
	'wsis_action_lines.csv',
	'frameworks.csv',
	'goals.csv',
	'targets.csv',
	'indicators.csv',
	'sdg_targets.csv'
] as const satisfies readonly TableFile[];

/** Tables with ids of their own (not graph nodes). */
export const OWN_ID_TABLES = [
	'sources.csv',
	'observations.csv',
	'facts.csv'
] as const satisfies readonly TableFile[];

export type Tables = Partial<Record<TableFile, CsvTable>>;

/** Where an id is defined. */
export interface Place {
	file: TableFile;
	row: number;
}

export interface IdIndex {
	/** Node ids, across all node tables. */
	nodes: Map<string, Place>;
	/** Ids of each table, node tables and own-id tables alike. */
	byTable: Map<TableFile, { has(id: string): boolean }>;
	issues: DataIssue[];
}

/**
 * Indexes the ids of every table and reports each repeated id at its later row, pointing at the
 * first one. Ids that are not well-formed are left to the schema check.
 */
export function indexIds(tables: Tables): IdIndex {
	const nodes = new Map<string, Place>();
	const byTable: IdIndex['byTable'] = new Map();
	const issues: DataIssue[] = [];
	const scan = (file: TableFile, seen: Map<string, Place>) => {
		// A table with ids of its own needs no second set: its `seen` map is one.
		const ids = seen === nodes ? new Set<string>() : undefined;
		byTable.set(file, ids ?? seen);
		for (const { row, values } of tables[file]?.records ?? []) {
			const id = values.id;
			if (id === undefined || !ID_PATTERN.test(id)) continue;
			const first = seen.get(id);
			if (first)
				issues.push(
					error(file, `"${id}" is already used at ${first.file}:${first.row}`, row, 'id')
				);
			else seen.set(id, { file, row });
			ids?.add(id);
		}
	};
	for (const file of NODE_TABLES) scan(file, nodes);
	for (const file of OWN_ID_TABLES) scan(file, new Map());
	return { nodes, byTable, issues };
}
