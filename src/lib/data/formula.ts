/**
 * Formula neutralisation, the rule every CSV the app writes and reads shares. A spreadsheet runs a
 * cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula, so writers
 * put an apostrophe in front of such a cell (`=SUM(A1)` → `'=SUM(A1)`, which spreadsheets show as
 * text) and readers take exactly that apostrophe off again, so a round trip loses nothing (a
 * value that itself starts with `'=`… gets one more apostrophe for the reader to take off).
 *
 * A plain decimal number (`-3.5`, `+2`, `-1e3`) is never escaped, in any column: it cannot carry
 * a formula, and numeric columns stay numbers in a spreadsheet. Pure; depends on nothing.
 */

/** A cell a spreadsheet would run as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number: optional sign, digits, optional decimals and exponent. */
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** What a writer made of a formula-like cell (or of a cell that already started `'=`). */
const ESCAPED = /^'+[=+\-@\t\r]/;

/** The cell as written to CSV: an apostrophe before a formula-like value that is not a number. */
export function neutraliseFormula(value: string): string {
	if (ESCAPED.test(value)) return `'${value}`; // `'=x` itself: one more apostrophe, to read back
	return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The cell as read from CSV: the writer's apostrophe (only before `= + - @`, tab or CR) removed. */
export function restoreFormula(value: string): string {
	return ESCAPED.test(value) ? value.slice(1) : value;
}
