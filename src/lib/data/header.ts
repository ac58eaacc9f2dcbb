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

/**
 * Edit distance between two names (insertions, deletions, substitutions and swaps of two
 * neighbouring letters each count 1: `start_yaer` is 1 from `start_year`).
 */
export function editDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
	for (let j = 1; j <= b.length; j++) d[0]![j] = j;
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				v = Math.min(v, d[i - 2]![j - 2]! + 1);
			d[i]![j] = v;
		}
	return d[a.length]![b.length]!;
}

/**
 * The known column `name` was probably meant to be: same letters ignoring case, spaces, `_` and
 * `-`, or within a small edit distance (1 for short names, 2 from 7 letters on), and closest.
 */
export function nearestColumn(name: string, columns: readonly string[]): string | undefined {
	const n = canonical(name);
	const exact = columns.find((c) => canonical(c) === n);
	if (exact) return exact;
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const c of columns) {
		const distance = editDistance(n, canonical(c));
		const allowed = Math.min(n.length, canonical(c).length) >= 7 ? 2 : 1;
		if (distance <= allowed && distance < bestDistance) [best, bestDistance] = [c, distance];
	}
	return best;
}

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
		const near = extra.find((h) => nearestColumn(h, [column]) === column);
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
		const near = nearestColumn(
			column,
			spec.columns.filter((c) => !header.includes(c))
		);
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
