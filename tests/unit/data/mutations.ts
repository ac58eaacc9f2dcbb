/**
 * Text mutations for the property tests: delete, duplicate or swap characters, cells and rows,
 * or insert the characters that matter to CSV. Each takes two positions, wrapped to the text.
 */
type Mutation = (text: string, at: number, other: number) => string;
const lineMutation =
	(f: (lines: string[], i: number, j: number) => void): Mutation =>
	(text, at, other) => {
		const lines = text.split('\n');
		f(lines, at % lines.length, other % lines.length);
		return lines.join('\n');
	};
export const MUTATIONS: Record<string, Mutation> = {
	deleteChar: (t, i) => t.slice(0, i % (t.length + 1)) + t.slice((i % (t.length + 1)) + 1),
	duplicateChar: (t, i) => {
		const k = i % (t.length + 1);
		return t.slice(0, k) + t.charAt(k) + t.slice(k);
	},
	swapChars: (t, i) => {
		const k = i % Math.max(1, t.length - 1);
		return t.slice(0, k) + t.charAt(k + 1) + t.charAt(k) + t.slice(k + 2);
	},
	insertQuote: (t, i) => insert(t, i, '"'),
	insertComma: (t, i) => insert(t, i, ','),
	insertNewline: (t, i) => insert(t, i, '\n'),
	insertCrlf: (t, i) => insert(t, i, '\r\n'),
	insertBom: (t, i) => insert(t, i, '\uFEFF'),
	insertSemicolon: (t, i) => insert(t, i, ';'),
	deleteRow: lineMutation((lines, i) => lines.splice(i, 1)),
	duplicateRow: lineMutation((lines, i) => lines.splice(i, 0, lines[i]!)),
	swapRows: lineMutation((lines, i, j) => {
		[lines[i], lines[j]] = [lines[j]!, lines[i]!];
	}),
	deleteCell: lineMutation((lines, i, j) => {
		const cells = lines[i]!.split(',');
		cells.splice(j % cells.length, 1);
		lines[i] = cells.join(',');
	}),
	duplicateCell: lineMutation((lines, i, j) => {
		const cells = lines[i]!.split(',');
		const k = j % cells.length;
		cells.splice(k, 0, cells[k]!);
		lines[i] = cells.join(',');
	}),
	swapCells: lineMutation((lines, i, j) => {
		const cells = lines[i]!.split(',');
		const k = j % Math.max(1, cells.length - 1);
		[cells[k], cells[k + 1]] = [cells[k + 1] ?? '', cells[k]!];
		lines[i] = cells.join(',');
	})
};
function insert(text: string, at: number, what: string): string {
	const k = at % (text.length + 1);
	return text.slice(0, k) + what + text.slice(k);
}
