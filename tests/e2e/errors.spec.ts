import { expect, test } from './fixtures';

test('an unknown address shows the site, a plain explanation, a way back and the detail collapsed', async ({
	browser,
	baseURL,
	axe
}) => {
	// Its own context: the shared fixture counts the page's own 404 response as a console error.
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' && !/status of 404/.test(m.text())) problems.push(m.text());
	});
	page.on('pageerror', (e) => problems.push(e.message));
	const response = await page.goto('no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	await expect(
		page.getByRole('heading', { level: 1, name: 'This page does not exist' })
	).toBeVisible();
	await expect(page.getByText('There is no page at this address in ITU Atlas.')).toBeVisible();
	const detail = page.locator('details').filter({ hasText: 'Technical detail' });
	await expect(detail.getByText(/Status: 404/)).toBeHidden();
	await detail.getByText('Technical detail').click();
	await expect(detail.getByText(/Status: 404/)).toBeVisible();
	await expect(detail).toContainText('Where: /atlas/no-such-page/');
	await axe(page, 'the 404 page');
	await page.getByRole('link', { name: 'Go to the home page' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'ITU Atlas' })).toBeVisible();
	expect(problems).toEqual([]);
	await context.close();
});
