/**
 * Pure readers for the text formats the CSV contract uses (ids, years, dates, numbers, lists).
 * The zod schemas (fields.ts) and the cross-table checks (integrity.ts) share them, so a value
 * means the same thing everywhere.
 */
import type { PartialDate } from './types';

export const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
/** A `;`-separated list of well-formed ids, at least one (the common case, tested at once). */
export const ID_LIST_PATTERN =
	/^\s*[a-z0-9]+(?:[.-][a-z0-9]+)*(?:\s*;\s*(?:[a-z0-9]+(?:[.-][a-z0-9]+)*)?)*\s*$/;
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;
export const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
export const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** Number of days in `month` (1–12) of `year`; February 29 exists in leap years only. */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Splits a `;`-separated cell into trimmed, non-empty items (`"a; ;b"` → `["a", "b"]`). */
export function splitList(cell: string | undefined): string[] {
	if (cell === undefined) return [];
	if (!cell.includes(';')) {
		const item = cell.trim();
		return item === '' ? [] : [item];
	}
	const items: string[] = [];
	for (const part of cell.split(';')) {
		const item = part.trim();
		if (item !== '') items.push(item);
	}
	return items;
}

/** The year written in `text` if it is a whole number from 1800 to 2100, else `undefined`. */
export function readYear(text: string | undefined): number | undefined {
	if (text === undefined || !/^\d{4}$/.test(text)) return undefined;
	const year = Number(text);
	return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

/**
 * What is wrong with a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date, as a sentence fragment, or
 * `undefined` when it is a real date from 1800 to 2100.
 */
export function dateProblem(text: string): string | undefined {
	const m = DATE_PATTERN.exec(text);
	if (!m) return 'is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2003-12-10)';
	const year = Number(m[1]);
	if (year < MIN_YEAR || year > MAX_YEAR)
		return `is out of range (expected a year from ${MIN_YEAR} to ${MAX_YEAR})`;
	if (m[2] === undefined) return undefined;
	const month = Number(m[2]);
	if (month < 1 || month > 12) return `is not a real date (there is no month ${m[2]})`;
	if (m[3] === undefined) return undefined;
	const day = Number(m[3]);
	if (day < 1 || day > daysInMonth(year, month))
		return `is not a real date (${MONTHS[month - 1]} ${year} has no day ${m[3]})`;
	return undefined;
}

/** The date written in `text`, or `undefined` if `dateProblem` finds anything wrong with it. */
export function readDate(text: string | undefined): PartialDate | undefined {
	if (text === undefined || dateProblem(text) !== undefined) return undefined;
	const [yyyy, mm, dd] = text.split('-');
	const date: PartialDate = { year: Number(yyyy), precision: 'year', text };
	if (mm !== undefined) Object.assign(date, { month: Number(mm), precision: 'month' });
	if (dd !== undefined) Object.assign(date, { day: Number(dd), precision: 'day' });
	return date;
}

/**
 * Compares two partial dates at the precision they share: `2003-12` and `2003-12-10` are equal,
 * `2003-11-30` is before `2003-12`. Negative when `a` is earlier.
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
	if (a.year !== b.year) return a.year - b.year;
	if (a.month === undefined || b.month === undefined) return 0;
	if (a.month !== b.month) return a.month - b.month;
	if (a.day === undefined || b.day === undefined) return 0;
	return a.day - b.day;
}

/** What is wrong with an `MM-DD` day of the year, or `undefined` when it is a real one. */
export function monthDayProblem(text: string): string | undefined {
	const m = /^(\d{2})-(\d{2})$/.exec(text);
	if (!m) return 'is not a day of the year (expected MM-DD, e.g. 05-17)';
	const month = Number(m[1]);
	const day = Number(m[2]);
	if (month < 1 || month > 12) return `is not a day of the year (there is no month ${m[1]})`;
	if (day < 1 || day > daysInMonth(2000, month))
		return `is not a day of the year (${MONTHS[month - 1]} has no day ${m[2]})`;
	return undefined;
}

/** Why `text` is not a plain number, with a hint for the usual spreadsheet habits. */
export function numberProblem(text: string): string {
	if (/^[+-]?[\d.,\s]+%$/.test(text))
		return `is not a number (write it without the % sign: ${text.replace(/\s*%$/, '')})`;
	if (/^[+-]?\d{1,3}(?:[,\s]\d{3})+(?:\.\d+)?$/.test(text))
		return `is not a number (write it without thousands separators: ${text.replace(/[,\s]/g, '')})`;
	if (/^[+-]?\d+,\d+$/.test(text))
		return `is not a number (use a point for decimals: ${text.replace(',', '.')})`;
	return 'is not a number (expected digits such as 42 or 3.5)';
}
