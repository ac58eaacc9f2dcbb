/**
 * The columns every table but sources.csv shares (`status`, `status_note`, `source`) and the rule
 * that ties them together: `status_note` is required when `status` is conflict or doubtful.
 */
import { z } from 'zod';
import * as f from './fields';
import { idList, listOf } from './lists';
import { STATUSES, SECTORS } from './types';

/** Zod fields for the provenance columns, to spread into a table's `z.object`. */
export const provenanceColumns = {
	status: f.oneOf(STATUSES, 'a status'),
	status_note: f.text().optional(),
	source: idList()
};

/** The `sector` column: a `;`-separated list of sectors. */
export const sectorList = listOf(f.oneOf(SECTORS, 'a sector'));

/** The `aliases` column: a `;`-separated list of names. */
export const aliasList = listOf();

const NOTE_HINT: Record<string, string> = {
	conflict: 'say which sources disagree and what each one claims',
	doubtful: 'say why the row is doubtful'
};

/**
 * Adds the rule "`status_note` is required when `status` is conflict or doubtful" to a table
 * schema. It runs even when other cells of the row are wrong, so every problem is reported at once.
 */
export function withStatusNote<S extends z.ZodObject<typeof provenanceColumns & z.ZodRawShape>>(
	schema: S
) {
	return schema.refine(
		(row: { status?: unknown; status_note?: unknown }) =>
			!(typeof row.status === 'string' && row.status in NOTE_HINT && row.status_note === undefined),
		{
			path: ['status_note'],
			when: () => true,
			error: (iss) => {
				const status = String((iss.input as { status?: unknown }).status);
				return `required when status is "${status}" (${NOTE_HINT[status]})`;
			}
		}
	);
}

/** A typed row of types.ts before the loader adds where it came from. */
export type Row<R> = Omit<R, 'origin'>;

/**
 * A table's zod schema (an object keyed by column, with its cross-column rules) and the plain
 * function that turns its valid output into the typed row. The conversion is not a zod
 * `.transform`: that costs a pipe per row, about half the validation time on 100k rows.
 */
export interface TableSchema<R> {
	cells: z.ZodObject;
	row: (cells: never) => R;
}

/** Pairs a table's cell schema with its row conversion, keeping their types in step. */
export function table<S extends z.ZodObject, R>(cells: S, row: (cells: z.output<S>) => R) {
	return { cells, row: row as (cells: never) => R } satisfies TableSchema<R>;
}
