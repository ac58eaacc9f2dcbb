/**
 * Sorts the files handed to the validator into tables: names are matched after dropping any
 * folder; unknown names get a warning, and text that is not a string an error.
 */
import { error, warning } from './issues';
import { TABLE_FILES, type DataIssue, type TableFile } from './types';

/** Tables that must be present: without them there is no graph to show or no provenance. */
export const REQUIRED_TABLES: readonly TableFile[] = [
	'sources.csv',
	'entities.csv',
	'relations.csv'
];

export interface SortedFiles {
	texts: Map<TableFile, string>;
	issues: DataIssue[];
}

const isTable = (name: string): name is TableFile =>
	(TABLE_FILES as readonly string[]).includes(name);

/** The text of each table in `files` (any object: a bad value is reported, never thrown on). */
export function sortFiles(files: unknown): SortedFiles {
	const texts = new Map<TableFile, string>();
	const issues: DataIssue[] = [];
	if (files === null || typeof files !== 'object') {
		issues.push(error('(dataset)', 'no files were given (expected CSV texts keyed by file name)'));
		return { texts, issues };
	}
	for (const [key, text] of Object.entries(files as Record<string, unknown>)) {
		const name = key.slice(Math.max(key.lastIndexOf('/'), key.lastIndexOf('\\')) + 1);
		const shown = key.trim() || '(a file without a name)';
		if (!isTable(name)) {
			const near = TABLE_FILES.find((t) => t === name.toLowerCase().trim());
			const hint = near
				? `did you mean "${near}"? File names are lower-case`
				: `the tables are ${TABLE_FILES.join(', ')}`;
			issues.push(warning(shown, `not a table of the dataset, so it is ignored (${hint})`));
		} else if (typeof text !== 'string') {
			issues.push(error(name, 'the file content is not text'));
		} else if (texts.has(name)) {
			issues.push(warning(shown, `${name} was given twice; only the first one is read`));
		} else {
			texts.set(name, text);
		}
	}
	return { texts, issues };
}
