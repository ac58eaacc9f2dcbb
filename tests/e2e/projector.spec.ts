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

test.describe('presenting in projector mode at 1920×1080 (1.5× zoom)', () => {
	test.use({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1.5 });

	/** The box lies wholly inside the first screen, and is big enough to present. */
	const onFirstScreen = (b: { x: number; y: number; width: number; height: number } | null) =>
		!!b && b.x >= 0 && b.y >= 0 && b.x + b.width <= 1280 && b.y + b.height <= 720 && b.height > 240;

	test('the graph fits below the header and the presenter bar, with and without the panel; axe-clean', async ({
		page,
		axe
	}) => {
		await page.goto('graph/?present=itu-in-10-minutes:6&proj=1');
		const graph = page.getByRole('application', { name: 'Organisation graph' });
		await expect(page.locator('html')).toHaveAttribute('data-presenting', '');
		await expect(graph).toBeVisible();
		await expect.poll(async () => onFirstScreen(await graph.boundingBox())).toBe(true);
		// The title is there for screen readers, not on screen.
		await expect(page.getByRole('heading', { level: 1, name: 'Organisation graph' })).toHaveCount(
			1
		);
		await axe(page, 'graph presenting (projector)');

		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page.getByRole('region', { name: 'Giga' })).toBeVisible();
		await expect.poll(async () => onFirstScreen(await graph.boundingBox())).toBe(true);
		await page.emulateMedia({ colorScheme: 'dark' });
		await axe(page, 'graph presenting with the panel (projector, dark)');
	});

	test('the timeline plot’s box fits below the header and the presenter bar; axe-clean', async ({
		page,
		axe
	}) => {
		await page.goto(
			'timeline/?v=1&sel=wsis-2003&years=2003-2005&present=itu-in-10-minutes:5&proj=1'
		);
		const plot = page.getByRole('application', { name: /^Timeline/ });
		await expect(plot).toBeVisible();
		// The plot's lanes scroll inside their box; the box is on the first screen.
		const box = () => plot.evaluate((el) => el.parentElement!.getBoundingClientRect().toJSON());
		await expect.poll(async () => onFirstScreen(await box())).toBe(true);
		await expect(page.getByRole('region', { name: 'WSIS phase 1, Geneva' })).toBeVisible();
		await axe(page, 'timeline presenting (projector)');
	});
});
