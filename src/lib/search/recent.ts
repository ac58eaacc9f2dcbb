/**
 * The palette's recent items: the ids of the last items chosen, newest first, kept in this
 * browser (localStorage). Reading never throws (storage may be off or hold anything).
 */

export const RECENT_KEY = 'itu-atlas.palette.recent';
export const RECENT_MAX = 6;

/** `list` with `id` moved (or added) to the front, at most `max` long. */
export function withRecent(list: readonly string[], id: string, max = RECENT_MAX): string[] {
	return [id, ...list.filter((x) => x !== id)].slice(0, max);
}

/** The stored ids, or none when storage is unavailable or holds something else. */
export function readRecent(storage: Pick<Storage, 'getItem'> | undefined): string[] {
	try {
		const raw: unknown = JSON.parse(storage?.getItem(RECENT_KEY) ?? '[]');
		return Array.isArray(raw)
			? raw.filter((x): x is string => typeof x === 'string').slice(0, RECENT_MAX)
			: [];
	} catch {
		return [];
	}
}

/** Stores `list` (silently does nothing when storage is unavailable or full). */
export function writeRecent(
	storage: Pick<Storage, 'setItem'> | undefined,
	list: readonly string[]
) {
	try {
		storage?.setItem(RECENT_KEY, JSON.stringify(list));
	} catch {
		// Private mode or a full quota: the recent list is a convenience, not data.
	}
}
