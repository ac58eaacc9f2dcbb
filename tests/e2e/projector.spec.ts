import { expect, test } from './fixtures';

test('projector mode: one toggle kept in the URL across views, larger type, axe-clean in light and dark', async ({
	page,
	axe
}) => {
	test.slow();
	await page.goto('graph/');
	const toggle = page.getByRole('button', { name: 'Projector mode' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	const size = () =>
		page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
	const before = await size();

	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page).toHaveURL(/[?&]proj=1(&|$)/);
	await expect(page.locator('html')).toHaveAttribute('data-projector', '');
	expect(await size()).toBeGreaterThan(before * 1.3);
	// The canvas still draws: some pixel of the graph is not the background.
	await expect(page.getByRole('application', { name: 'Organisation graph' })).toBeVisible();
	await axe(page, 'graph (projector, light)');

	// The mode follows the main navigation.
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Timeline' })
		.click();
	await expect(page).toHaveURL(/\/timeline\/\?proj=1$/);
	await expect(page.locator('html')).toHaveAttribute('data-projector', '');
	await axe(page, 'timeline (projector, light)');
	await page.emulateMedia({ colorScheme: 'dark' });
	await axe(page, 'timeline (projector, dark)');

	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Targets' })
		.click();
	await expect(page).toHaveURL(/\/targets\/\?proj=1$/);
	await axe(page, 'targets (projector, dark)');

	// A reload keeps it; the toggle turns it off and drops it from the URL.
	await page.reload();
	await expect(page.getByRole('button', { name: 'Projector mode' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.getByRole('button', { name: 'Projector mode' }).click();
	await expect(page).not.toHaveURL(/proj=/);
	await expect(page.locator('html')).not.toHaveAttribute('data-projector');
});
