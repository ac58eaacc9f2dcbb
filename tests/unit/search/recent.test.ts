import { describe, expect, it } from 'vitest';
import { readRecent, RECENT_KEY, withRecent, writeRecent } from '../../../src/lib/search/recent';

describe('recent palette items', () => {
	it('puts the last choice first, once, and keeps at most six', () => {
		expect(withRecent(['a', 'b', 'c'], 'b')).toEqual(['b', 'a', 'c']);
		expect(withRecent(['a', 'b', 'c', 'd', 'e', 'f'], 'g')).toEqual(['g', 'a', 'b', 'c', 'd', 'e']);
	});

	it('reads back what it wrote, and nothing from missing or foreign storage', () => {
		const store = new Map<string, string>();
		const storage = {
			getItem: (k: string) => store.get(k) ?? null,
			setItem: (k: string, v: string) => void store.set(k, v)
		};
		writeRecent(storage, ['node:itu-d', 'view:graph']);
		expect(readRecent(storage)).toEqual(['node:itu-d', 'view:graph']);
		store.set(RECENT_KEY, '{"not":"a list"}');
		expect(readRecent(storage)).toEqual([]);
		store.set(RECENT_KEY, 'not json');
		expect(readRecent(storage)).toEqual([]);
		expect(readRecent(undefined)).toEqual([]);
		const full = {
			setItem: () => {
				throw new Error('quota');
			}
		};
		expect(() => writeRecent(full, ['x'])).not.toThrow();
	});
});
