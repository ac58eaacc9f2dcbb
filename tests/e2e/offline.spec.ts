/**
 * Offline after the first visit: the service worker caches the app and the dataset, then every
 * route opens with the network off; the footer says so quietly.
 */
import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('after one visit, every route works offline and the shipped deck presents', async ({
	page,
	context
}) => {
	test.slow();
	await page.goto('present/');
	await expect(page.getByText('Available offline.')).toBeVisible({ timeout: 30_000 });
	await context.setOffline(true);
	for (const [path, heading] of [
		['graph/?v=1&sel=itu&depth=1', /graph/i],
		['timeline/', /timeline/i],
		['targets/?v=1&sel=c2030-1.2', /target/i],
		['data/', /data/i],
		['./', /ITU Atlas/]
	] as const) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 }).first(), path).toHaveText(heading);
	}
	await page.goto('present/?deck=itu-in-10-minutes');
	await page.getByRole('button', { name: 'Present in this window' }).click();
	const bar = page.getByRole('region', { name: 'Presentation' });
	await expect(bar).toContainText('Step 1 of 7');
	await page.keyboard.press('ArrowRight');
	await expect(bar).toContainText('Step 2 of 7');
	await context.setOffline(false);
});
