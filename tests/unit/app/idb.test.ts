/** Storage that is missing or full is reported, never a silent success or an exception. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idbSave, idbSet, saveProblemText } from '$lib/state/idb';

afterEach(() => vi.unstubAllGlobals());

/** An IndexedDB whose every write fails with `error`. */
function failingIndexedDb(error: { name: string }) {
	const tx = {
		error,
		objectStore: () => ({ put: () => queueMicrotask(() => tx.onabort?.()) }),
		onabort: undefined as undefined | (() => void),
		oncomplete: undefined,
		onerror: undefined
	};
	const db = { transaction: () => tx };
	return {
		open: () => {
			const req = { result: db, onsuccess: undefined as undefined | (() => void) };
			queueMicrotask(() => req.onsuccess?.());
			return req;
		}
	};
}

describe('idbSave', () => {
	it('reports "unavailable" where there is no IndexedDB (or it throws)', async () => {
		vi.stubGlobal('indexedDB', {
			open: () => {
				throw new DOMException('blocked', 'SecurityError');
			}
		});
		expect(await idbSave('k', 1)).toBe('unavailable');
		expect(await idbSet('k', 1)).toBe(false);
	});

	it('reports "full" when the quota is exceeded, "failed" for another error', async () => {
		vi.stubGlobal('indexedDB', failingIndexedDb({ name: 'QuotaExceededError' }));
		expect(await idbSave('k', 1)).toBe('full');
		vi.stubGlobal('indexedDB', failingIndexedDb({ name: 'UnknownError' }));
		expect(await idbSave('k', 1)).toBe('failed');
	});

	it('explains each case in a sentence', () => {
		expect(saveProblemText('full', 'your files')).toBe(
			'Not saved: this browser’s storage for ITU Atlas is full, so your files will be gone after a reload.'
		);
	});
});
