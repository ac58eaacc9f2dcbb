/**
 * The whole check of a dataset in one pure function: CSV reading, column typing and referential
 * integrity, all problems at once. No DOM, no file system: runs in Node, a browser or a worker.
 */
import { COLUMN_SPECS, TABLE_SCHEMAS } from './schema';
import type { TableSchema } from './provenance';
import { readCsv } from './csv';
import { REQUIRED_TABLES, sortFiles } from './files';
import type { DatasetCheck } from './briefings';
import type { Tables } from './ids';
import { checkIntegrity } from './integrity';
import { error, formatIssue, sortIssues } from './issues';
import { buildDataset, type TypedTables } from './model';
import { typeRows } from './rows';
import { TABLE_FILES } from './types';
import type { DataIssue, DatasetFiles, TableFile, ValidationResult } from './types';

export { formatIssue, REQUIRED_TABLES };

/** Called after each table of `TABLE_FILES` is read and typed (`total` is their number). */
export type ProgressCallback = (done: number, total: number, file: string) => void;

/** The model's key of each table file (`entities.csv` → `entities`). */
export const TABLE_KEYS: Record<TableFile, keyof TypedTables> = {
	'sources.csv': 'sources',
	'entities.csv': 'entities',
	'events.csv': 'events',
	'sdgs.csv': 'sdgs',
	'wsis_action_lines.csv': 'wsisActionLines',
	'frameworks.csv': 'frameworks',
	'goals.csv': 'goals',
	'targets.csv': 'targets',
	'indicators.csv': 'indicators',
	'observations.csv': 'observations',
	'relations.csv': 'relations',
	'facts.csv': 'facts',
	'sdg_targets.csv': 'sdgTargets',
	'sdg_alignment.csv': 'sdgAlignment',
	'briefings.csv': 'briefings'
};

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Validates the CSV files of a dataset (keyed by file name) and, when there is no error, builds
 * the model. `checks` are run over the raw tables after the integrity checks (the app adds the
 * check of briefing steps, `src/lib/views/validate.ts`). Reports every problem, sorted by table, row and column; absent optional tables are
 * empty; absent required tables (`REQUIRED_TABLES`) are errors. Never throws.
 */
export function validateDataset(
	files: DatasetFiles,
	onProgress?: ProgressCallback,
	checks: readonly DatasetCheck[] = []
): ValidationResult {
	try {
		return run(files, onProgress, checks);
	} catch (e) {
		const issue = error('(dataset)', `internal error while validating: ${reason(e)}`);
		return { ok: false, errors: [issue], warnings: [] };
	}
}

function run(
	files: DatasetFiles,
	onProgress: ProgressCallback | undefined,
	checks: readonly DatasetCheck[]
): ValidationResult {
	const sorted = sortFiles(files);
	const { texts } = sorted;
	// Lists are joined with concat, not push(...list): a spread of 100k+ issues overflows the stack.
	let issues = sorted.issues;
	const tables: Tables = {};
	const typed: Record<string, unknown[]> = {};
	const untrusted = new Set<TableFile>();
	TABLE_FILES.forEach((file, i) => {
		typed[TABLE_KEYS[file]] = [];
		try {
			const text = texts.get(file);
			if (text === undefined) {
				if (REQUIRED_TABLES.includes(file)) {
					const columns = COLUMN_SPECS[file].columns.join(', ');
					issues.push(
						error(file, `this required table is missing (add ${file} with the columns ${columns})`)
					);
					untrusted.add(file);
				}
			} else {
				const table = readCsv(file, text, COLUMN_SPECS[file]);
				tables[file] = table;
				if (!table.readable || table.missingColumns.includes('id')) untrusted.add(file);
				const rows = typeRows(table, TABLE_SCHEMAS[file] as TableSchema<unknown>);
				typed[TABLE_KEYS[file]] = rows.rows;
				issues = issues.concat(table.issues, rows.issues);
			}
		} catch (e) {
			issues.push(error(file, `could not be checked (internal error: ${reason(e)})`));
			untrusted.add(file);
		}
		try {
			onProgress?.(i + 1, TABLE_FILES.length, file);
		} catch {
			// A failing progress display must not stop the validation.
		}
	});
	try {
		issues = issues.concat(checkIntegrity(tables, untrusted, checks));
	} catch (e) {
		issues.push(error('(dataset)', `cross-table checks failed (internal error: ${reason(e)})`));
	}
	const ordered = sortIssues(issues, (file) => COLUMN_SPECS[file as TableFile]?.columns ?? []);
	const errors = ordered.filter((i) => i.severity === 'error');
	const warnings = ordered.filter((i) => i.severity === 'warning');
	if (errors.length > 0) return { ok: false, errors, warnings };
	return { ok: true, model: buildDataset(typed as unknown as TypedTables), warnings };
}

/** Writes `issues` one per line, as `formatIssue` does. */
export function formatIssues(issues: readonly DataIssue[]): string {
	return issues.map(formatIssue).join('\n');
}
