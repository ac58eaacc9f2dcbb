/**
 * Combining a user's CSV files with the embedded dataset, for their browser session: a user file
 * either replaces a table or extends it (its rows are appended). Problems found in the combined
 * tables are mapped back to the user's own file and row, so the report points at what they edit.
 */
import Papa from 'papaparse';
import type { DataIssue, DatasetFiles } from './types';

export interface UserFile {
	/** The name of the file the user picked. */
	name: string;
	/** The table it is for, e.g. `entities.csv`. */
	table: string;
	mode: 'replace' | 'extend';
	text: string;
}

interface Span {
	table: string;
	/** First spreadsheet row of the combined table that comes from the user's file. */
	firstRow: number;
	/** Rows to subtract to get back to the user's file (header = row 1 there too). */
	offset: number;
	userFile: string;
	/**
	 * Extended tables: the user's spreadsheet row of each appended row, in order (blank rows in
	 * their file are dropped from the combined table but still count in theirs).
	 */
	userRows?: number[];
}

export interface Merged {
	files: DatasetFiles;
	spans: Span[];
}

/**
 * The records of a CSV text, with the spreadsheet row of each (header = row 1; a record spanning
 * several lines is one row; blank rows are skipped but counted).
 */
function parseRows(text: string): {
	fields: string[];
	rows: Record<string, string>[];
	rowNumbers: number[];
} {
	const out = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
	const [head = [], ...records] = out.data;
	const fields = head.map((h) => h.trim());
	const rows: Record<string, string>[] = [];
	const rowNumbers: number[] = [];
	records.forEach((r, i) => {
		if (r.every((v) => v.trim() === '')) return;
		rows.push(Object.fromEntries(fields.map((f, k) => [f, r[k] ?? ''])));
		rowNumbers.push(i + 2);
	});
	return { fields, rows, rowNumbers };
}

/** Applies the user's files to the embedded ones; later files win over earlier ones for a table. */
export function mergeFiles(embedded: DatasetFiles, userFiles: UserFile[]): Merged {
	const files: DatasetFiles = { ...embedded };
	const spans: Span[] = [];
	for (const f of userFiles) {
		const base = files[f.table];
		if (f.mode === 'replace' || base === undefined) {
			files[f.table] = f.text;
			for (let i = spans.length - 1; i >= 0; i--)
				if (spans[i]!.table === f.table) spans.splice(i, 1);
			spans.push({ table: f.table, firstRow: 2, offset: 0, userFile: f.name });
			continue;
		}
		const a = parseRows(base);
		const b = parseRows(f.text);
		const fields = [...a.fields, ...b.fields.filter((x) => !a.fields.includes(x))];
		files[f.table] = Papa.unparse({
			fields,
			data: [...a.rows, ...b.rows].map((r) => fields.map((k) => r[k] ?? ''))
		});
		spans.push({
			table: f.table,
			firstRow: a.rows.length + 2,
			offset: a.rows.length,
			userFile: f.name,
			userRows: b.rowNumbers
		});
	}
	return { files, spans };
}

/** Points an issue found in a combined table at the user's file and row it came from. */
export function locateIssue(issue: DataIssue, spans: Span[]): DataIssue {
	let best: Span | undefined;
	for (const s of spans) {
		if (s.table !== issue.file) continue;
		if (issue.row === undefined ? s.offset === 0 : issue.row >= s.firstRow) {
			if (!best || s.firstRow >= best.firstRow) best = s;
		}
	}
	if (!best) return issue;
	const file = best.userFile === issue.file ? issue.file : `${best.userFile} (→ ${issue.file})`;
	const row =
		issue.row === undefined
			? undefined
			: (best.userRows?.[issue.row - best.firstRow] ?? issue.row - best.offset);
	return { ...issue, file, row };
}
