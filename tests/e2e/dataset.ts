/**
 * Expected figures for end-to-end tests, read from the dataset the build embeds (`data/*.csv`),
 * so a data correction by an analyst does not turn the suite red: tests name a row by its id and
 * read its value here instead of pinning today's number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

const DATA = join(process.cwd(), 'data');

/** The rows of `data/<table>.csv`, keyed by column. */
export function rows(table: string): Record<string, string>[] {
	const text = readFileSync(join(DATA, `${table}.csv`), 'utf8');
	return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** The row of `table` whose id is `id` (the test fails clearly when it is gone). */
export function row(table: string, id: string): Record<string, string> {
	const found = rows(table).find((r) => r.id === id);
	if (!found) throw new Error(`data/${table}.csv has no row "${id}": update the test's row id`);
	return found;
}

/** An observation's value as the app prints a percentage: `67` → `67%`, `22.3` → `22.3%`. */
export const percentOf = (observationId: string) => `${row('observations', observationId).value}%`;

/** The distinct values the dataset gives for a fact about ITU (e.g. `member_states`), sorted. */
export function factValues(attribute: string): string[] {
	const values = rows('facts')
		.filter((f) => f.subject === 'itu' && f.attribute === attribute && f.status !== 'doubtful')
		.map((f) => f.value!);
	return [...new Set(values)].sort();
}

/** Escapes text for a RegExp. */
export const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
