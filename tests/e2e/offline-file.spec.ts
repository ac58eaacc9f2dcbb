/**
 * The one-file offline edition (`build/itu-atlas-offline.html`, written by
 * scripts/offline-file.mjs after the build): opened from file:// with the network off, it presents
 * the shipped deck slide by slide, with no request and no error.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';

test('opens from file:// offline and presents the shipped deck with the keyboard', async ({
	browser
}) => {
	// Its own context: the shared fixture serves the app over http; this is a file on a USB stick.
	const context = await browser.newContext({ offline: true });
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
	page.on('pageerror', (e) => problems.push(e.message));
	page.on('request', (r) => !r.url().startsWith('file:') && problems.push(`request: ${r.url()}`));
	await page.goto(pathToFileURL(join(process.cwd(), 'build/itu-atlas-offline.html')).href);

	const at = page.getByRole('status').filter({ hasText: /^Slide / });
	await expect(at).toHaveText('Slide 1 of 8');
	await expect(page.getByRole('heading', { level: 2, name: /ITU in 10 minutes/ })).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(at).toHaveText('Slide 2 of 8');
	const first = page.getByRole('heading', { level: 2, name: 'ITU at a glance' });
	await expect(first).toBeVisible();
	await expect(page.locator('.slide:not([hidden]) figure svg').first()).toBeVisible();
	await expect(page.locator('.slide:not([hidden])')).toContainText('Data version');
	await page.keyboard.press('End');
	await expect(at).toHaveText('Slide 8 of 8');
	await expect(
		page.getByRole('heading', { level: 2, name: 'Giga: every school online' })
	).toBeVisible();
	await expect(first).toBeHidden();
	await page.keyboard.press('PageUp');
	await expect(
		page.getByRole('heading', { level: 2, name: 'SDG 9 and what serves it' })
	).toBeVisible();
	expect(problems).toEqual([]);
	await context.close();
});
