import { expect, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

test('phone: the header is one row of at most 64 px with a Menu button; the menu is touch-sized and axe-clean', async ({
	page,
	axe
}) => {
	await page.goto('timeline/');
	const header = page.getByRole('banner');
	const box = await header.boundingBox();
	expect(box!.height).toBeLessThanOrEqual(64);

	const menu = header.getByRole('button', { name: 'Menu' });
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(nav).toBeHidden();
	// Search and Menu are on the header's one row, touch-sized.
	for (const b of [header.getByRole('button', { name: 'Search', exact: true }), menu]) {
		const r = (await b.boundingBox())!;
		expect(r.height).toBeGreaterThanOrEqual(44);
		expect(r.y + r.height).toBeLessThanOrEqual(box!.y + box!.height);
	}

	await menu.click();
	await expect(menu).toHaveAttribute('aria-expanded', 'true');
	await expect(nav).toBeVisible();
	for (const link of await nav.getByRole('link').all())
		expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	const projector = page.getByRole('button', { name: 'Projector mode' });
	await expect(projector).toBeVisible();
	expect((await projector.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	await axe(page, 'phone menu open');

	// Escape closes the menu and gives the focus back to its button.
	await nav.getByRole('link', { name: 'Targets' }).focus();
	await page.keyboard.press('Escape');
	await expect(nav).toBeHidden();
	await expect(menu).toBeFocused();

	// A link of the menu navigates, and the menu closes behind it.
	await menu.click();
	await nav.getByRole('link', { name: 'Targets' }).click();
	await expect(page).toHaveURL(/\/targets\/$/);
	await expect(nav).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('wide screen (1440 px): the navigation and settings in one header row, no Menu button', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('');
	const banner = page.getByRole('banner');
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	await expect(banner.getByRole('button', { name: 'Menu' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Projector mode' })).toBeVisible();
	expect((await banner.boundingBox())!.height).toBeLessThanOrEqual(64);
});
