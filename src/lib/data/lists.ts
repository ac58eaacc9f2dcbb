/**
 * Zod schemas for `;`-separated list cells (`sector`, `aliases`, `source`), which validate each
 * item on its own, and the converter that splits a valid cell.
 */
import { z } from 'zod';
import { ID_PROBLEM, MISSING, text } from './fields';
import { quote } from './issues';
import { ID_LIST_PATTERN, ID_PATTERN, splitList } from './values';

/**
 * An optional `;`-separated list (convert with `toList`; an empty cell is an empty list). Each
 * item must pass `item`, and is reported on its own under the column's name.
 */
export function listOf(item?: z.ZodType<string, string>) {
	return z
		.string()
		.optional()
		.check((ctx) => {
			if (item === undefined || ctx.value === undefined) return;
			for (const value of splitList(ctx.value)) {
				const result = item.safeParse(value);
				if (!result.success)
					for (const issue of result.error.issues)
						ctx.issues.push({ code: 'custom', input: value, message: issue.message });
			}
		});
}

/** A required `;`-separated list of ids, at least one (convert with `toList`). */
export function idList() {
	return text().check((ctx) => {
		if (ID_LIST_PATTERN.test(ctx.value)) return;
		const items = splitList(ctx.value);
		if (items.length === 0)
			ctx.issues.push({
				code: 'custom',
				input: ctx.value,
				message: `${MISSING} (the cell only has ; separators)`
			});
		for (const item of items)
			if (!ID_PATTERN.test(item))
				ctx.issues.push({ code: 'custom', input: item, message: `${quote(item)} ${ID_PROBLEM}` });
	});
}

/** Converts a validated list cell; `T` is the item type its check enforced. */
export function toList<T extends string = string>(cell: string | undefined): T[] {
	return splitList(cell) as T[];
}
