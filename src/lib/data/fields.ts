/**
 * Zod schemas for one cell each. A cell arrives as a trimmed string, or `undefined` when it is
 * empty; every schema names the offending value and what was expected in its message. They only
 * validate (no per-cell transforms, which cost a pipe each on 100k-row tables): the table
 * schemas convert the valid text once, with the converters at the end of this file (and, for
 * lists, in lists.ts).
 */
import { z } from 'zod';
import { quote } from './issues';
import {
	dateProblem,
	ID_PATTERN,
	MAX_YEAR,
	MIN_YEAR,
	monthDayProblem,
	NUMBER_PATTERN,
	numberProblem,
	readDate
} from './values';
import type { PartialDate } from './types';

// In a page, zod must not compile parsers with `new Function`: the page's Content-Security-Policy
// forbids eval, and zod's probe for it would report a violation. Node (build, CLI, benchmarks)
// and the validation worker (its script is served without the page's policy) keep zod's faster
// compiled parsers.
if (typeof document !== 'undefined') z.config({ jitless: true });

export const MISSING = 'required value is missing';

export const ID_PROBLEM =
	'is not a valid id (expected lower-case letters a-z and digits, with single - or . between them, e.g. itu-d)';
const YEAR_RANGE = `expected a year from ${MIN_YEAR} to ${MAX_YEAR}`;

/** A required text cell. */
export function text() {
	return z.string({ error: MISSING });
}

/** A slug id: lower-case letters and digits with single `-` or `.` between them. */
export function id() {
	return text().regex(ID_PATTERN, { error: (iss) => `${quote(iss.input)} ${ID_PROBLEM}` });
}

/**
 * One of a fixed list of values. `label` completes "… is not <label>" (e.g. "an entity type");
 * a value that differs only in case or spacing gets a "did you mean" hint.
 */
export function oneOf<const T extends readonly [string, ...string[]]>(
	values: T,
	label: string,
	hint: (input: string) => string | undefined = () => undefined
) {
	const canonical = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
	return z.enum(values, {
		error: (iss) => {
			if (iss.input === undefined) return MISSING;
			const input = String(iss.input);
			const extra = hint(input);
			if (extra) return `${quote(input)} is not ${label} (${extra})`;
			const near = values.find((v) => canonical(v) === canonical(input));
			const didYouMean = near ? `; did you mean "${near}"?` : '';
			return `${quote(input)} is not ${label} (expected one of: ${values.join(', ')}${didYouMean})`;
		}
	});
}

/** A whole year from 1800 to 2100 (convert with `toNumber`). */
export function year() {
	return text()
		.regex(/^[+-]?\d+$/, {
			abort: true,
			error: (iss) => `${quote(iss.input)} is not a whole year (${YEAR_RANGE})`
		})
		.refine((s) => Number(s) >= MIN_YEAR && Number(s) <= MAX_YEAR, {
			error: (iss) => `${quote(iss.input)} is out of range (${YEAR_RANGE})`
		});
}

/** A plain decimal number: no `%`, no thousands separators (convert with `toNumber`). */
export function decimal() {
	return text()
		.regex(NUMBER_PATTERN, {
			abort: true,
			error: (iss) => `${quote(iss.input)} ${numberProblem(String(iss.input))}`
		})
		.refine((s) => Number.isFinite(Number(s)), {
			error: (iss) => `${quote(iss.input)} is too large a number`
		});
}

/** A whole number from `min` to `max` (convert with `toNumber`). */
export function wholeNumber(min: number, max: number) {
	const expected = `expected a whole number from ${min} to ${max}`;
	return text()
		.regex(/^[+-]?\d+$/, {
			abort: true,
			error: (iss) => `${quote(iss.input)} is not a whole number (${expected})`
		})
		.refine((s) => Number(s) >= min && Number(s) <= max, {
			error: (iss) => `${quote(iss.input)} is out of range (${expected})`
		});
}

/** A text cell that `problem` finds nothing wrong with (it returns the end of a sentence). */
function checked(problem: (value: string) => string | undefined) {
	return text().check((ctx) => {
		const found = problem(ctx.value);
		if (found)
			ctx.issues.push({
				code: 'custom',
				input: ctx.value,
				message: `${quote(ctx.value)} ${found}`
			});
	});
}

/** A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date with a real month and day (convert with `toDate`). */
export function date() {
	return checked(dateProblem);
}

/** An `MM-DD` day of the year (a meeting on a fixed date: WTISD is `05-17`). */
export function monthDay() {
	return checked(monthDayProblem);
}

/** A `#RRGGBB` colour. */
export function colour() {
	return text().regex(/^#[0-9a-fA-F]{6}$/, {
		error: (iss) => `${quote(iss.input)} is not a colour (expected #RRGGBB, e.g. #E5243B)`
	});
}

/** A web address starting with `http://` or `https://`. */
export function url() {
	return text().regex(/^https?:\/\/\S+$/i, {
		error: (iss) =>
			`${quote(iss.input)} is not a web address (expected it to start with http:// or https://, without spaces)`
	});
}

/** Converts a validated `year`, `decimal` or `wholeNumber` cell. */
export function toNumber<T extends string | undefined>(
	cell: T
): T extends string ? number : number | undefined {
	return (cell === undefined ? undefined : Number(cell)) as T extends string
		? number
		: number | undefined;
}

/** Converts a validated `date` cell. */
export function toDate<T extends string | undefined>(
	cell: T
): T extends string ? PartialDate : PartialDate | undefined {
	return readDate(cell) as T extends string ? PartialDate : PartialDate | undefined;
}
