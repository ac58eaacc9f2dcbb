/**
 * `npm run validate [dir]` (default `data/`): checks every `*.csv` table of a folder and prints
 * each problem as `file:row:column — message`, errors first. Exit code 0 when there is no error
 * (with a one-line summary), 1 when there are errors, 2 when the folder cannot be read.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCsvBytes } from '../src/lib/data/sniff';
import { formatIssue, validateAtlas } from '../src/lib/views/validate';
import type { Dataset, DatasetFiles } from '../src/lib/data/types';
import { TABLE_FILES } from '../src/lib/data/types';
import { TABLE_KEYS } from '../src/lib/data/validate';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Reads every `*.csv` file of `dir` as UTF-8 text, keyed by file name (bytes that are not UTF-8 are reported at their row and column). */
export function readCsvFolder(dir: string): DatasetFiles {
	const files: DatasetFiles = {};
	for (const name of readdirSync(dir).sort()) {
		if (name.toLowerCase().endsWith('.csv'))
			files[name] = decodeCsvBytes(readFileSync(join(dir, name)));
	}
	return files;
}

/** Rows of a table in the model (relations: the rows of relations.csv, not the implicit links). */
function rowCount(model: Dataset, file: (typeof TABLE_FILES)[number]): number {
	const key = TABLE_KEYS[file] as keyof Dataset;
	const rows = (model[key] ?? []) as unknown as { implicit?: boolean }[];
	return rows.filter((r) => r.implicit !== true).length;
}

/** The OK line: number of tables read, then the rows of each table in file order. */
export function summaryLine(files: DatasetFiles, model: Dataset, warnings: number): string {
	const tables = TABLE_FILES.filter((f) => f in files).length;
	const counts = [
		plural(model.entities.length, 'entity').replace(/entitys$/, 'entities'),
		plural(model.events.length, 'event'),
		plural(model.sdgs.length, 'sdg'),
		plural(model.wsisActionLines.length, 'WSIS action line'),
		plural(model.frameworks.length, 'framework'),
		plural(model.goals.length, 'goal'),
		plural(model.targets.length, 'target'),
		plural(model.indicators.length, 'indicator'),
		plural(model.observations.length, 'observation'),
		plural(model.relations.length, 'relation'),
		plural(model.facts.length, 'fact'),
		plural(model.sources.length, 'source'),
		// The SDG tables are optional: counted when present.
		...('sdg_targets.csv' in files ? [plural(model.sdgTargets?.length ?? 0, 'SDG target')] : []),
		...('sdg_alignment.csv' in files
			? [plural(model.sdgAlignment?.length ?? 0, 'SDG alignment row')]
			: []),
		plural(model.briefings.length, 'briefing step')
	];
	const rows = TABLE_FILES.reduce((n, f) => n + rowCount(model, f), 0);
	return (
		`OK: ${plural(tables, 'table')}, ${rows.toLocaleString('en-GB')} rows — ${counts.join(', ')}; ` +
		plural(warnings, 'warning')
	);
}

function main(argv: string[]): number {
	const dir = argv[0] ?? 'data';
	if (!existsSync(dir) || !statSync(dir).isDirectory()) {
		console.error(
			`validate: "${dir}" is not a folder (usage: npm run validate [folder], default data/)`
		);
		return 2;
	}
	const files = readCsvFolder(dir);
	const result = validateAtlas(files);
	if (!result.ok) {
		for (const issue of [...result.errors, ...result.warnings]) console.log(formatIssue(issue));
		console.error(
			`\n${plural(result.errors.length, 'error')}, ${plural(result.warnings.length, 'warning')} in ${dir}`
		);
		return 1;
	}
	for (const issue of result.warnings) console.log(formatIssue(issue));
	console.log(summaryLine(files, result.model, result.warnings.length));
	return 0;
}

process.exitCode = main(process.argv.slice(2));
