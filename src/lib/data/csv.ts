/**
 * Reads one CSV table with papaparse into records keyed by column, each with its spreadsheet row
 * (header = row 1), and reports what is wrong with the file as a CSV table: not CSV at all,
 * missing or extra columns, bad quotes, rows with too few or too many values.
 */
import Papa from 'papaparse';
import { error } from './issues';
import { headerIssues } from './header';
import { restoreFormula } from './formula';
import { encodingProblem, notCsvProblem, REPLACEMENT } from './sniff';
import type { ColumnSpec } from './schema';
import type { DataIssue } from './types';

/** One record of a table. */
export interface CsvRecord {
	/** Spreadsheet row number (header = 1, first record = 2), counting blank rows. */
	row: number;
	/** Cells of the known columns, trimmed; an empty cell is `undefined`. */
	values: Record<string, string | undefined>;
	/** Bad quotes or a wrong number of values: only its id is trusted (to avoid follow-on errors). */
	broken: boolean;
}

/** What `readCsv` makes of one file. */
export interface CsvTable {
	file: string;
	/** False when the file is not a CSV table at all (then `records` is empty). */
	readable: boolean;
	records: CsvRecord[];
	/** Required columns missing from the header row. */
	missingColumns: string[];
	issues: DataIssue[];
}

/**
 * Parses `text` as the table `file` with the columns of `spec`. Never throws on any string.
 * Blank rows are skipped but still counted, so row numbers match the spreadsheet (papaparse's
 * own `skipEmptyLines` would drop them before we can count them); quoted line breaks stay
 * inside their row.
 */
export function readCsv(file: string, text: string, spec: ColumnSpec): CsvTable {
	const unreadable = (message: string): CsvTable => ({
		file,
		readable: false,
		records: [],
		missingColumns: [],
		issues: [error(file, message)]
	});
	let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const problem = notCsvProblem(body, spec.columns);
	if (problem) return unreadable(problem);
	if (body.includes('\r')) body = body.replace(/\r\n?/g, '\n');
	const leading = /^(?:[ \t]*\n)*/.exec(body)?.[0] ?? '';
	const firstRow = 1 + countNewlines(leading);
	body = body.slice(leading.length);

	// header: false, and the header row handled here: papaparse's header mode checks dynamic
	// typing on every cell (a third of the parse time on 100k rows) and renames repeated names.
	const parsed = Papa.parse<string[]>(body, {
		header: false,
		delimiter: ',',
		newline: '\n',
		quoteChar: '"',
		dynamicTyping: false,
		skipEmptyLines: false
	});
	const data = parsed.data;
	const header = (data[0] ?? []).map((name) => String(name).trim());
	const head = headerIssues(file, header, spec, firstRow);
	if (head.foreign) return unreadable(head.foreign);

	// Quote errors, by index in `data` (the header is 0); an unclosed quote explains the others.
	const quoteProblems = new Map<number, string>();
	for (const e of parsed.errors)
		if (e.type === 'Quotes' && (!quoteProblems.has(e.row ?? 0) || e.code === 'MissingQuotes'))
			quoteProblems.set(e.row ?? 0, quoteMessage(e.code));
	const issues = head.issues;
	if (quoteProblems.has(0)) issues.push(error(file, quoteProblems.get(0)!, firstRow));

	const names = spec.columns.filter((c) => header.includes(c));
	const positions = names.map((c) => header.indexOf(c));
	const unnamed = header.flatMap((h, i) => (h === '' ? [i] : []));
	const records: CsvRecord[] = [];
	let unnamedUsed = false;
	for (let index = 1; index < data.length; index++) {
		const cells = data[index]!;
		const values: Record<string, string | undefined> = {};
		let anyText = false;
		for (let c = 0; c < names.length; c++) {
			const cell = cells[positions[c]!];
			const value = cell === undefined ? '' : cell.trim();
			if (value === '') values[names[c]!] = undefined;
			else {
				// A cell the app's own CSV writer neutralised (`'=…`) reads back as it was.
				values[names[c]!] = restoreFormula(value);
				anyText = true;
				if (value.includes(REPLACEMENT))
					issues.push(error(file, encodingProblem(value), firstRow + index, names[c]));
			}
		}
		if (!anyText && isBlank(cells)) continue;
		const row = firstRow + index;
		if (head.unnamed && !unnamedUsed) unnamedUsed = unnamed.some((i) => isText(cells[i]));
		const problem =
			quoteProblems.get(index) ??
			(cells.length === header.length ? undefined : countMessage(cells.length, header.length));
		if (problem) issues.push(error(file, problem, row));
		records.push({ row, values, broken: problem !== undefined });
	}
	if (unnamedUsed) issues.push(head.unnamed!);
	return { file, readable: true, records, missingColumns: head.missing, issues };
}

function countNewlines(text: string): number {
	let n = 0;
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
	return n;
}

const isText = (cell: unknown) => typeof cell === 'string' && cell.trim() !== '';

/** Papaparse's `'greedy'` test: a row whose cells are all blank. */
function isBlank(cells: readonly unknown[]): boolean {
	return !cells.some(isText);
}

function countMessage(values: number, columns: number): string {
	const hint =
		values > columns
			? 'a value that contains a comma must be in double quotes'
			: 'a comma is missing, or the row was cut short';
	return `this row has ${values} values but the header has ${columns} columns (${hint})`;
}

function quoteMessage(code: string): string {
	return code === 'MissingQuotes'
		? 'a quoted value is never closed (a " is missing), so the rest of the file was read as part of this row'
		: 'a quoted value is not closed where it should be: a " is missing or stray (a quote inside a quoted value is written "")';
}
