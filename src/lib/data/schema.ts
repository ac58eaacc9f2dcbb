/**
 * The zod schema of every table, keyed by file name, with the column lists the CSV reader needs
 * (all known columns in contract order, and the required ones), derived from the schemas.
 */
import { z } from 'zod';
import * as f from './fields';
import { toList } from './lists';
import { provenanceColumns, table, withStatusNote, type Row, type TableSchema } from './provenance';
import { briefings } from './schema-briefings';
import * as nodes from './schema-nodes';
import * as sdg from './schema-sdg';
import * as targets from './schema-targets';
import * as T from './types';

const IMPLICIT_FROM: Record<string, string> = {
	instance_of: 'the series column of events.csv',
	goal_of: 'the framework column of goals.csv',
	target_of: 'the goal and framework columns of targets.csv'
};
const writableRelationTypes = T.RELATION_TYPES.filter((t) => !(t in IMPLICIT_FROM)) as [
	T.RelationType,
	...T.RelationType[]
];

export const sources = table(
	z.object({
		id: f.id(),
		title: f.text(),
		publisher: f.text().optional(),
		url: f.url().optional(),
		date: f.date().optional(),
		kind: f.oneOf(T.SOURCE_KINDS, 'a source kind'),
		licence: f.text().optional(),
		note: f.text().optional()
	}),
	(r): Row<T.Source> => r
);

export const relations = table(
	withStatusNote(
		z.object({
			from: f.id(),
			type: f.oneOf(writableRelationTypes, 'a relation type', (input) =>
				input in IMPLICIT_FROM
					? `it is added automatically from ${IMPLICIT_FROM[input]}; do not write it in relations.csv`
					: undefined
			),
			to: f.id(),
			note: f.text().optional(),
			start_year: f.year().optional(),
			end_year: f.year().optional(),
			...provenanceColumns
		})
	),
	(r): Row<T.Relation> => ({
		from: r.from,
		type: r.type,
		to: r.to,
		note: r.note,
		startYear: f.toNumber(r.start_year),
		endYear: f.toNumber(r.end_year),
		implicit: false,
		status: r.status,
		statusNote: r.status_note,
		source: toList(r.source)
	})
);

export const facts = table(
	withStatusNote(
		z.object({
			id: f.id(),
			subject: f.id(),
			attribute: f.text(),
			value: f.text(),
			year: f.year().optional(),
			...provenanceColumns
		})
	),
	(r): Row<T.Fact> => ({
		id: r.id,
		subject: r.subject,
		attribute: r.attribute,
		value: r.value,
		year: f.toNumber(r.year),
		status: r.status,
		statusNote: r.status_note,
		source: toList(r.source)
	})
);

/** The schema of each table. */
export const TABLE_SCHEMAS = {
	'sources.csv': sources,
	'entities.csv': nodes.entities,
	'events.csv': nodes.events,
	'sdgs.csv': nodes.sdgs,
	'wsis_action_lines.csv': nodes.wsisActionLines,
	'frameworks.csv': targets.frameworks,
	'goals.csv': targets.goals,
	'targets.csv': targets.targets,
	'indicators.csv': targets.indicators,
	'observations.csv': targets.observations,
	'relations.csv': relations,
	'facts.csv': facts,
	'sdg_targets.csv': sdg.sdgTargets,
	'sdg_alignment.csv': sdg.sdgAlignment,
	'briefings.csv': briefings
} as const satisfies Record<T.TableFile, TableSchema<unknown>>;

/** The typed row (without `origin`) of each table. */
export type TableRow<F extends T.TableFile> = ReturnType<(typeof TABLE_SCHEMAS)[F]['row']>;

/** The columns of a table: all of them in contract order, and those that are required. */
export interface ColumnSpec {
	columns: readonly string[];
	required: readonly string[];
}

/** Column specs of every table, read off the schemas: a column is required if empty fails. */
export const COLUMN_SPECS = Object.fromEntries(
	Object.entries(TABLE_SCHEMAS).map(([file, schema]) => {
		const shape = schema.cells.shape as Record<string, z.ZodType>;
		const columns = Object.keys(shape);
		const required = columns.filter((c) => !shape[c]!.safeParse(undefined).success);
		return [file, { columns, required }];
	})
) as unknown as Record<T.TableFile, ColumnSpec>;
