/**
 * Property tests: whatever the input (random text, CSV-like text, or the good fixture mutated
 * by deleting, duplicating and swapping characters, cells and rows, or inserting quotes, commas,
 * line breaks and BOMs), validateDataset never throws, never hits its internal-error guard, and
 * returns a well-formed result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue, TABLE_FILES, validateDataset } from '../../../src/lib/data';
import type { DataIssue, DatasetFiles, ValidationResult } from '../../../src/lib/data';
import { goodFiles } from './helpers';
import { MUTATIONS } from './mutations';

const good = goodFiles();
const RUNS = { numRuns: 150 };

function expectIssueShape(issue: DataIssue, severity: 'error' | 'warning') {
	expect(issue.severity).toBe(severity);
	expect(issue.file).toEqual(expect.any(String));
	expect(issue.file.length).toBeGreaterThan(0);
	expect(issue.message.length).toBeGreaterThan(0);
	expect(issue.message).not.toMatch(/internal error/);
	if (issue.row !== undefined) expect(Number.isInteger(issue.row) && issue.row >= 1).toBe(true);
	expect(formatIssue(issue)).not.toMatch(/[\r\n]/);
}

/** Checks the contract of a result: a model, or at least one located error. */
function expectWellFormed(result: ValidationResult) {
	if (result.ok) {
		expect(Array.isArray(result.model.nodes)).toBe(true);
		expect(Array.isArray(result.model.links)).toBe(true);
	} else {
		expect(result.errors.length).toBeGreaterThan(0);
		for (const issue of result.errors) expectIssueShape(issue, 'error');
	}
	for (const issue of result.warnings) expectIssueShape(issue, 'warning');
}

const tableName = fc.constantFrom(...TABLE_FILES);

/** Text built from the characters that matter to CSV, plus header names of the contract. */
const csvish = fc
	.array(
		fc.oneof(
			fc.constantFrom(',', ';', '"', '\n', '\r\n', '\r', ' ', '\uFEFF', '', '#', '%', '-', '.'),
			fc.constantFrom(
				'id',
				'name',
				'type',
				'status',
				'source',
				'from',
				'to',
				'start_year',
				'verified',
				'itu',
				'seed-000',
				'1992',
				'19x2'
			),
			fc.string({ maxLength: 6 })
		),
		{ maxLength: 120 }
	)
	.map((parts) => parts.join(''));

const mutation = fc.record({
	file: tableName,
	kind: fc.constantFrom(...Object.keys(MUTATIONS)),
	at: fc.nat(),
	other: fc.nat()
});

describe('validateDataset never throws', () => {
	it('on random strings in place of a table', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(tableName, fc.string({ unit: 'binary', maxLength: 300 }), (file, text) => {
				expectWellFormed(validateDataset({ ...good, [file]: text }));
			}),
			RUNS
		);
	});

	it('on random CSV-like text in place of any tables', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(fc.dictionary(tableName, csvish, { maxKeys: 4 }), (files) => {
				expectWellFormed(validateDataset({ ...good, ...files }));
				expectWellFormed(validateDataset(files as DatasetFiles));
			}),
			RUNS
		);
	});

	it('on the good fixture after random mutations', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
				const files = { ...good };
				for (const m of mutations)
					files[m.file] = MUTATIONS[m.kind]!(files[m.file]!, m.at, m.other);
				expectWellFormed(validateDataset(files));
			}),
			{ numRuns: 300 }
		);
	});

	it('on random file names and contents', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(
				fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 50 })),
				(files) => {
					expectWellFormed(validateDataset(files));
				}
			),
			RUNS
		);
	});
});
