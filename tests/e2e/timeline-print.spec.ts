import { expect, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

test('printing the timeline draws every lane and fits the drawing to the page width', async ({
	page
}) => {
	await page.goto('timeline/');
	const plot = page.getByRole('application', { name: /^Timeline/ });
	await expect(plot).toBeVisible();
	const lanes = plot.locator('svg g.lane');
	const names = plot.locator('svg text.lane-label');
	const laneCount = await names.count();
	expect(laneCount).toBeGreaterThan(10);
	// On screen, the lanes far below the first screen are not drawn yet.
	expect(await lanes.count()).toBeLessThan(laneCount);

	await page.emulateMedia({ media: 'print' });
	await expect(lanes).toHaveCount(laneCount);
	// The last lane ("Milestones") has its marks, not an empty band.
	await expect(lanes.last().locator('path.mark').first()).toBeAttached();
	const svg = await plot.locator('svg').boundingBox();
	const page_ = await page.evaluate(() => document.documentElement.clientWidth);
	expect(svg!.x + svg!.width).toBeLessThanOrEqual(page_ + 1);
	// The tools and the key help are not printed.
	await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();

	// Back on screen, the lazy drawing resumes.
	await page.emulateMedia({ media: 'screen' });
	await expect.poll(() => lanes.count()).toBeLessThan(laneCount);
});

test('the "today" tag never overlaps a tick label of the axis', async ({ page }) => {
	await page.goto('timeline/');
	const axis = page.locator('svg.tl-svg g.axis');
	const today = axis.locator('text.today-label');
	await expect(today).toBeVisible();
	const t = (await today.boundingBox())!;
	for (const tick of await axis.locator('text:not(.today-label)').all()) {
		const b = (await tick.boundingBox())!;
		const apart =
			b.x + b.width <= t.x ||
			t.x + t.width <= b.x ||
			b.y + b.height <= t.y ||
			t.y + t.height <= b.y;
		expect(apart, `"${await tick.textContent()}" overlaps "today"`).toBe(true);
	}
});
