/** Shared helpers of the data tests: the good fixture, cell edits, and issue lookups. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { validateDataset } from '../../../src/lib/data';
import type { DataIssue, DatasetFiles, ValidationResult } from '../../../src/lib/data';

export const GOOD_DIR = fileURLToPath(new URL('../../fixtures/good/', import.meta.url));

/** The CSV files of the good fixture, keyed by file name. */
export function goodFiles(): DatasetFiles {
	const files: DatasetFiles = {};
	for (const name of readdirSync(GOOD_DIR).filter((n) => n.endsWith('.csv')))
		files[name] = readFileSync(join(GOOD_DIR, name), 'utf8');
	return files;
}

function table(files: DatasetFiles, file: string): string[][] {
	const text = files[file];
	if (text === undefined) throw new Error(`no ${file}`);
	return Papa.parse<string[]>(text.trim(), { header: false, delimiter: ',' }).data;
}

function write(files: DatasetFiles, file: string, rows: string[][]): DatasetFiles {
	return { ...files, [file]: Papa.unparse(rows, { newline: '\n' }) + '\n' };
}

/** A copy of `files` with the cell at spreadsheet `row` (header = 1) and `column` set to `value`. */
export function setCell(
	files: DatasetFiles,
	file: string,
	row: number,
	column: string,
	value: string
): DatasetFiles {
	const rows = table(files, file);
	const col = rows[0]!.indexOf(column);
	if (col === -1 || rows[row - 1] === undefined) throw new Error(`no ${file}:${row}:${column}`);
	rows[row - 1]![col] = value;
	return write(files, file, rows);
}

/** A copy of `files` with a row appended to `file` (cells by column name, others empty). */
export function addRow(
	files: DatasetFiles,
	file: string,
	cells: Record<string, string>
): DatasetFiles {
	const rows = table(files, file);
	rows.push(rows[0]!.map((c) => cells[c] ?? ''));
	return write(files, file, rows);
}

/** The number of the last spreadsheet row of `file`. */
export function lastRow(files: DatasetFiles, file: string): number {
	return table(files, file).length;
}

/** Validates `files`, expecting errors, and returns them. */
export function errorsOf(files: DatasetFiles): DataIssue[] {
	const result = validateDataset(files);
	if (result.ok) throw new Error('expected errors, the dataset is valid');
	return result.errors;
}

/** Validates `files`, expecting no error, and returns the result. */
export function validOf(files: DatasetFiles): Extract<ValidationResult, { ok: true }> {
	const result = validateDataset(files);
	if (!result.ok)
		throw new Error(`expected no error, got:\n${JSON.stringify(result.errors, null, 1)}`);
	return result;
}

/** Expects exactly one error, at `file:row:column`, whose message matches `message`. */
export function expectOnlyError(
	files: DatasetFiles,
	where: { file: string; row?: number; column?: string },
	message: string | RegExp
): DataIssue {
	const errors = errorsOf(files);
	expect(errors).toHaveLength(1);
	const [issue] = errors as [DataIssue];
	expect({ file: issue.file, row: issue.row, column: issue.column }).toEqual(where);
	if (typeof message === 'string') expect(issue.message).toBe(message);
	else expect(issue.message).toMatch(message);
	return issue;
}

/**
 * The good fixture with the three errors of the acceptance check: a duplicated id (events.csv:4
 * reuses `wtdc` of entities.csv:8), a relation to a missing id, and a non-numeric year.
 */
export function threeErrors(): DatasetFiles {
	let files = setCell(goodFiles(), 'events.csv', 4, 'id', 'wtdc');
	files = setCell(files, 'relations.csv', 7, 'to', 'wtdc-2026');
	return setCell(files, 'entities.csv', 11, 'start_year', '20l9');
}
