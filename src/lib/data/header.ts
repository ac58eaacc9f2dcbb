/** Checks a table's header row against its columns: foreign, missing, repeated, extra, unnamed. */
import { error, quote, warning } from './issues';
import { foreignHeaderProblem } from './sniff';
import type { ColumnSpec } from './schema';
import type { DataIssue } from './types';

export interface HeaderCheck {
	/** Set when no expected column is present: the file is not this table. */
	foreign?: string;
	/** Required columns that are absent. */
	missing: string[];
	issues: DataIssue[];
	/** Warning to add if a column without a name turns out to hold values. */
	unnamed?: DataIssue;
}

const canonical = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

/** What is wrong with `header` (names trimmed, in file order) for the table `file`. */
export function headerIssues(
	file: string,
	header: readonly string[],
	spec: ColumnSpec,
	row: number
): HeaderCheck {
	const known = new Set(spec.columns);
	if (!header.some((h) => known.has(h)))
		return { foreign: foreignHeaderProblem(header, spec.columns), missing: [], issues: [] };

	const issues: DataIssue[] = [];
	const extra = [...new Set(header.filter((h) => h !== '' && !known.has(h)))];
	const missing = spec.required.filter((c) => !header.includes(c));
	for (const column of missing) {
		const near = extra.find((h) => canonical(h) === canonical(column));
		const hint = near ? ` (is ${quote(near)} meant to be it? names must match exactly)` : '';
		issues.push(
			error(
				file,
				`the required column ${quote(column)} is missing from the header row${hint}`,
				row,
				column
			)
		);
	}
	for (const column of spec.columns) {
		const at = header.flatMap((h, i) => (h === column ? [i + 1] : []));
		if (at.length > 1)
			issues.push(
				error(
					file,
					`column ${quote(column)} appears ${at.length} times (columns ${at.join(', ')}); keep only one`,
					row,
					column
				)
			);
	}
	for (const column of extra) {
		const near = spec.columns.find((c) => canonical(c) === canonical(column));
		const hint = near ? ` (did you mean ${quote(near)}?)` : '';
		issues.push(
			warning(
				file,
				`column ${quote(column)} is not part of ${file}; its values are ignored${hint}`,
				row,
				column
			)
		);
	}
	const blank = header.indexOf('');
	const unnamed =
		blank === -1
			? undefined
			: warning(
					file,
					`column ${blank + 1} has no name in the header row; its values are ignored`,
					row
				);
	return { missing, issues, unnamed };
}
