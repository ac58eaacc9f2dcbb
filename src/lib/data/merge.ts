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
}

export interface Merged {
	files: DatasetFiles;
	spans: Span[];
}

function parseRows(text: string): { fields: string[]; rows: Record<string, string>[] } {
	const out = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: 'greedy',
		transformHeader: (h) => h.trim()
	});
	return { fields: out.meta.fields ?? [], rows: out.data };
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
			userFile: f.name
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
	return { ...issue, file, row: issue.row === undefined ? undefined : issue.row - best.offset };
}
