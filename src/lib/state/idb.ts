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

/** Stores a value; resolves to false where the browser refused (private mode, quota). */
export async function idbSet(key: string, value: unknown): Promise<boolean> {
	const db = await open();
	if (!db) return false;
	return new Promise((resolve) => {
		const tx = db.transaction(STORE, 'readwrite');
		tx.objectStore(STORE).put(value, key);
		tx.oncomplete = () => resolve(true);
		tx.onerror = () => resolve(false);
		tx.onabort = () => resolve(false);
	});
}
