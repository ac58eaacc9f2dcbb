import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The first sentence of a description (the counts; the rest names what is selected). */
const firstSentence = (text: string) => text.trim().split(/(?<=\.)\s/)[0]!;

async function liveCounts(page: Page, path: string): Promise<string> {
	await page.goto(path);
	const d = page.getByTestId('view-description');
	await expect(d).toContainText(/\d/);
	return firstSentence((await d.textContent())!);
}

async function handoutCounts(page: Page, path: string): Promise<string> {
	await page.goto(path);
	const d = page.getByTestId('step-description');
	await expect(d).toContainText(/\d/);
	return firstSentence((await d.textContent())!);
}

test('the data handout counts the rows (observations included) as the Data page does', async ({
	page
}) => {
	const live = await liveCounts(page, 'data/');
	// Every table counts, the observations too: the same sentence on the handout.
	expect(live).toMatch(/^Data and sources: \d+ tables with [\d,]+ rows/);
	expect(await handoutCounts(page, 'handout/data/')).toBe(live);
});

test('the targets and timeline handouts give the live views’ counts', async ({ page }) => {
	for (const [view, query] of [
		['targets', '?v=1&sector=itu-d'],
		['timeline', '?v=1&years=2003-2005']
	] as const) {
		const live = await liveCounts(page, `${view}/${query}`);
		expect(await handoutCounts(page, `handout/${view}/${query}`), view).toBe(live);
	}
});
