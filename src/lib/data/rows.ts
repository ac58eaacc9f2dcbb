/**
 * Types the records of one table with its zod schema: each valid record becomes a typed row
 * (with its origin), each zod issue a plain-English `DataIssue` at `file:row:column`.
 */
import type { z } from 'zod';
import type { TableSchema } from './provenance';
import type { CsvTable } from './csv';
import { error, quote } from './issues';
import { MISSING } from './fields';
import type { DataIssue } from './types';

export interface TypedRows<R> {
	rows: (R & { origin: { file: string; row: number } })[];
	issues: DataIssue[];
}

/**
 * Validates every record of `table` with `schema`. Broken records (already reported by the CSV
 * reader) are skipped, and so are "missing value" complaints about a column absent from the
 * header, which was reported once for the whole file.
 */
export function typeRows<R>(table: CsvTable, schema: TableSchema<R>): TypedRows<R> {
	const rows: TypedRows<R>['rows'] = [];
	const issues: DataIssue[] = [];
	const absent = new Set(table.missingColumns);
	for (const record of table.records) {
		if (record.broken) continue;
		const result = schema.cells.safeParse(record.values);
		if (result.success) {
			// `row` builds a fresh object: adding the origin in place is safe and fast.
			const row = schema.row(result.data as never) as R & { origin: { file: string; row: number } };
			row.origin = { file: table.file, row: record.row };
			rows.push(row);
			continue;
		}
		for (const issue of result.error.issues) {
			const column = issue.path.length > 0 ? String(issue.path[0]) : undefined;
			if (column !== undefined && absent.has(column)) continue;
			issues.push(error(table.file, plainMessage(issue), record.row, column));
		}
	}
	return { rows, issues };
}

/** The message of a zod issue; our schemas set one for every rule, this covers the rest. */
function plainMessage(issue: z.core.$ZodIssue): string {
	if (issue.message && !issue.message.startsWith('Invalid')) return issue.message;
	const input = (issue as { input?: unknown }).input;
	if (input === undefined) return MISSING;
	return `${quote(input)} is not valid here`;
}
