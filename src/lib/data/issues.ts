/**
 * Building, quoting, formatting and sorting `DataIssue`s: the one place that decides how a problem
 * reads (`file:row:column — message`).
 */
import { TABLE_FILES, type DataIssue } from './types';

const MAX_QUOTED = 60;

/**
 * Quotes a cell value for a message: `"19x2"`. Line breaks and tabs are shown as `\n`/`\t`
 * (other control characters as `?`) so a message always stays on one line, and long values are
 * cut to 60 characters with `…`.
 */
export function quote(value: unknown): string {
	const text = typeof value === 'string' ? value : String(value);
	const short = text.length > MAX_QUOTED ? text.slice(0, MAX_QUOTED - 1) + '…' : text;
	const visible = short
		.replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n')
		.replace(/\t/g, '\\t')
		.replace(/\p{Cc}/gu, '?');
	return '"' + visible + '"';
}

/** An error located at `file[:row[:column]]`. */
export function error(file: string, message: string, row?: number, column?: string): DataIssue {
	return located({ file, message, severity: 'error' }, row, column);
}

/** A warning located at `file[:row[:column]]`. */
export function warning(file: string, message: string, row?: number, column?: string): DataIssue {
	return located({ file, message, severity: 'warning' }, row, column);
}

/** Control characters (a line break in a quoted header name) would break the one-line format. */
const oneLine = (text: string) => text.replace(/\p{Cc}+/gu, ' ');

function located(issue: DataIssue, row?: number, column?: string): DataIssue {
	issue.file = oneLine(issue.file);
	if (row !== undefined) issue.row = row;
	if (column !== undefined && column !== '') issue.column = oneLine(column);
	return issue;
}

/**
 * Formats an issue as `file:row:column — message`, leaving out the parts it does not have:
 * `file:row — message` for a whole row, `file — message` for a whole file.
 */
export function formatIssue(issue: DataIssue): string {
	let where = issue.file;
	if (issue.row !== undefined) where += ':' + issue.row;
	if (issue.column !== undefined) where += ':' + issue.column;
	return `${where} — ${issue.message}`;
}

/**
 * Sorts issues (a new array) by file in `TABLE_FILES` order (other names after, alphabetically),
 * then row (whole-file issues first), then column in the table's own column order. Ties keep
 * their order, so several problems in one cell stay in the order they were found.
 */
export function sortIssues(
	issues: readonly DataIssue[],
	columnOrder: (file: string) => readonly string[] = () => []
): DataIssue[] {
	const files = [...new Set(issues.map((i) => i.file))].sort((a, b) => {
		const rank = (f: string) => {
			const i = (TABLE_FILES as readonly string[]).indexOf(f);
			return i === -1 ? TABLE_FILES.length : i;
		};
		return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
	});
	const fileRank = new Map(files.map((f, i) => [f, i]));
	const columnRank = (issue: DataIssue) => {
		if (issue.column === undefined) return -1;
		const i = columnOrder(issue.file).indexOf(issue.column);
		return i === -1 ? Number.MAX_SAFE_INTEGER : i;
	};
	// Keys are computed once per issue: sorting 100k issues stays fast.
	const keyed = issues.map((issue, index) => ({
		issue,
		index,
		file: fileRank.get(issue.file)!,
		row: issue.row ?? 0,
		column: columnRank(issue)
	}));
	return keyed
		.sort(
			(a, b) =>
				a.file - b.file ||
				a.row - b.row ||
				a.column - b.column ||
				(a.issue.column ?? '').localeCompare(b.issue.column ?? '') ||
				a.index - b.index
		)
		.map((entry) => entry.issue);
}
