import type { Page } from '@playwright/test';

/** The step counts of the decks saved in this browser's IndexedDB (what a reload finds). */
export const savedSteps = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number[]>((resolve) => {
				const open = indexedDB.open('itu-atlas', 1);
				open.onsuccess = () => {
					const get = open.result.transaction('kv').objectStore('kv').get('user-decks');
					get.onsuccess = () =>
						resolve(((get.result ?? []) as { steps: unknown[] }[]).map((d) => d.steps.length));
				};
			})
	);
