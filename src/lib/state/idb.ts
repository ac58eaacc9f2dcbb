/**
 * A tiny key-value store on IndexedDB (the user's own files can be megabytes: too big for
 * localStorage). Every call resolves, never rejects: where storage is blocked it stores nothing.
 */
const DB = 'itu-atlas';
const STORE = 'kv';

function open(): Promise<IDBDatabase | null> {
	return new Promise((resolve) => {
		try {
			const req = indexedDB.open(DB, 1);
			req.onupgradeneeded = () => req.result.createObjectStore(STORE);
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => resolve(null);
		} catch {
			resolve(null);
		}
	});
}

export async function idbGet<T>(key: string): Promise<T | undefined> {
	const db = await open();
	if (!db) return undefined;
	return new Promise((resolve) => {
		const req = db.transaction(STORE).objectStore(STORE).get(key);
		req.onsuccess = () => resolve(req.result as T | undefined);
		req.onerror = () => resolve(undefined);
	});
}

/** Why a value was not stored: no IndexedDB here (blocked, private mode), full, or another error. */
export type SaveProblem = 'unavailable' | 'full' | 'failed';

const problemOf = (e: unknown): SaveProblem =>
	(e as { name?: string } | null)?.name === 'QuotaExceededError' ? 'full' : 'failed';

/** Stores a value; resolves to `undefined` when stored, else to why not. Never rejects. */
export async function idbSave(key: string, value: unknown): Promise<SaveProblem | undefined> {
	const db = await open();
	if (!db) return 'unavailable';
	return new Promise((resolve) => {
		try {
			const tx = db.transaction(STORE, 'readwrite');
			tx.objectStore(STORE).put(value, key);
			tx.oncomplete = () => resolve(undefined);
			tx.onerror = () => resolve(problemOf(tx.error));
			tx.onabort = () => resolve(problemOf(tx.error));
		} catch (e) {
			resolve(problemOf(e));
		}
	});
}

/** Stores a value; resolves to false where the browser refused (private mode, quota). */
export async function idbSet(key: string, value: unknown): Promise<boolean> {
	return (await idbSave(key, value)) === undefined;
}

/** What the page says when saving failed, in a sentence that ends before the offered download. */
export function saveProblemText(problem: SaveProblem, what: string): string {
	const why =
		problem === 'unavailable'
			? 'this browser does not let ITU Atlas store data (private browsing, or storage is blocked)'
			: problem === 'full'
				? 'this browser’s storage for ITU Atlas is full'
				: 'this browser refused to store them';
	return `Not saved: ${why}, so ${what} will be gone after a reload.`;
}
