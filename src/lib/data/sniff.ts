/**
 * Recognises text that is not a CSV table at all (empty, binary, HTML, JSON), so the reader can
 * report it in one sentence instead of one complaint per line.
 */
import { quote } from './issues';

const SAVE_AS = 'save it from the spreadsheet as "CSV UTF-8 (comma-separated)"';

/**
 * Why `text` (BOM already removed) cannot be a CSV file, or `undefined` if it might be one.
 * `expected` lists the table's columns, for the message about an empty file.
 */
export function notCsvProblem(text: string, expected: readonly string[]): string | undefined {
	if (!/\S/.test(text)) return `the file is empty (expected a header row: ${expected.join(',')})`;
	const head = text.slice(0, 4096);
	if (head.startsWith('PK\u0003\u0004'))
		return `this is a spreadsheet or zip file, not CSV text; ${SAVE_AS}`;
	if (head.includes('\u0000'))
		return `this is not a text CSV file: it contains binary data (NUL bytes; a UTF-16 file or a spreadsheet?); ${SAVE_AS}`;
	if (controlCharShare(head) > 0.01 || replacementShare(head) > 0.25)
		return `this is not a text CSV file: it contains binary data; ${SAVE_AS}`;
	const start = head.trimStart();
	if (/^<(?:!doctype|html|head|body|\?xml|!--|table|div|meta)\b/i.test(start))
		return 'this looks like a web page (HTML or XML), not a CSV file: was the page saved instead of the file?';
	if (/^[[{]/.test(start) && looksLikeJson(text.trim()))
		return 'this looks like JSON, not a CSV file: the dataset tables must be CSV with a header row';
	return undefined;
}

/** Why a header row with none of the expected columns is not this table, with a hint. */
export function foreignHeaderProblem(
	header: readonly string[],
	expected: readonly string[]
): string {
	const found = header.filter((h) => h !== '').slice(0, 5);
	const shown = found.length ? found.map((h) => quote(h.slice(0, 30))).join(', ') : 'nothing';
	const joined = header.join(',');
	const separator = /;/.test(joined)
		? ' It looks separated by ";": save it as CSV with commas.'
		: /\t/.test(joined)
			? ' It looks separated by tabs: save it as CSV with commas.'
			: '';
	return (
		`the header row has none of the expected columns (${expected.join(', ')}); ` +
		`found ${shown}. Is this the right file, with its header in row 1?${separator}`
	);
}

function controlCharShare(text: string): number {
	let bad = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 32 && c !== 9 && c !== 10 && c !== 13) bad++;
	}
	return text.length === 0 ? 0 : bad / text.length;
}

/** Share of U+FFFD: a few are a legacy encoding (reported cell by cell), many are binary data. */
function replacementShare(text: string): number {
	let n = 0;
	for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
	return text.length === 0 ? 0 : n / text.length;
}

/** The replacement character a UTF-8 decoder puts where bytes are not UTF-8. */
export const REPLACEMENT = '\uFFFD';

const fatal = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * The text of a CSV file's bytes, decoded strictly as UTF-8 (a BOM is kept for the reader). Bytes
 * that are not UTF-8 (a Latin-1 / Windows-1252 file) become U+FFFD, which `readCsv` reports at
 * their row and column with `encodingProblem`: nothing is accepted silently.
 */
export function decodeCsvBytes(bytes: Uint8Array | ArrayBuffer): string {
	try {
		return fatal.decode(bytes);
	} catch {
		return lenient.decode(bytes);
	}
}

/**
 * Why a cell holding U+FFFD (`value`) is wrong: either the file's bytes were not UTF-8 there, or
 * the text already lost its characters in an earlier conversion. Either way the cell is damaged.
 */
export function encodingProblem(value: string): string {
	const at = value.indexOf(REPLACEMENT) + 1;
	return (
		`${quote(value)} has "\uFFFD" at character ${at}: this text is not valid UTF-8. The file looks ` +
		'saved as Latin-1 / Windows-1252 (a common spreadsheet default), or was converted from it ' +
		'with loss (an accent became "\uFFFD"); open the original and ' +
		SAVE_AS.replace('save it', 'save it again')
	);
}

function looksLikeJson(text: string): boolean {
	try {
		JSON.parse(text);
		return true;
	} catch {
		// Not complete JSON; still JSON-like if it opens an object with a quoted key.
		return /^(?:\{\s*"|\[\s*[{["\d])/.test(text);
	}
}
