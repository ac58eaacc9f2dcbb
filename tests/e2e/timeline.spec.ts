import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const timeline = (page: Page) => page.getByRole('application', { name: /^Timeline/ });
const svgText = (page: Page, text: string) => page.locator('svg.tl-svg text', { hasText: text });

test.beforeEach(async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('shows 1865 to 2030 with the WSIS summits of 2003 and 2005, axe-clean in light and dark', async ({
	page,
	axe
}) => {
	await page.goto('timeline/');
	await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
	await expect(timeline(page)).toBeVisible();
	await expect(svgText(page, 'WSIS phase 1, Geneva')).toBeVisible();
	await expect(svgText(page, 'WSIS phase 2, Tunis')).toBeVisible();
	const alt = page.locator('details.alt');
	await alt.locator('summary').click();
	await expect(alt.getByRole('heading', { name: '1860s' })).toBeVisible();
	await expect(alt).toContainText('17 May 1865');
	await expect(alt).toContainText('10–12 December 2003: WSIS phase 1, Geneva');
	await expect(alt).toContainText('16–18 November 2005: WSIS phase 2, Tunis');
	await axe(page, 'timeline (light)');
	await page.emulateMedia({ colorScheme: 'dark' });
	await axe(page, 'timeline (dark)');
});

test('zooming in reveals month ticks', async ({ page }) => {
	await page.goto('timeline/');
	const axis = page.locator('svg.tl-svg g.axis');
	await expect(axis).toHaveAttribute('data-level', /century|decade/);
	for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(axis).toHaveAttribute('data-level', 'month');
	await expect(
		axis.locator('text', { hasText: /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/ }).first()
	).toBeVisible();
	await page.getByRole('button', { name: 'Show all' }).click();
	await expect(axis).toHaveAttribute('data-level', /century|decade/);
});

test('brushing 2015–2023 sets the URL, and the graph then shows only what was active then', async ({
	page,
	axe
}) => {
	await page.goto('timeline/');
	const strip = page.locator('.brush svg');
	const box = (await strip.boundingBox())!;
	const x = (year: number) => box.x + ((year - 1865) / (2031 - 1865)) * box.width;
	await page.mouse.move(x(2015.5), box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(x(2019), box.y + box.height / 2, { steps: 4 });
	await page.mouse.move(x(2023.5), box.y + box.height / 2, { steps: 4 });
	await page.mouse.up();
	await expect(page).toHaveURL(/[?&]years=2015-2023(&|$)/);
	await expect(page.getByLabel('From')).toHaveValue('2015');
	await expect(page.getByRole('button', { name: 'Zoom to 2015–2023' })).toBeVisible();
	await axe(page, 'timeline with a year range');

	const search = new URL(page.url()).search;
	await page.goto(`graph/${search}`);
	// The prerendered page shows every node until it has read the year range from the URL. The
	// counts are in the graph's drawer (filters and legend), closed at first.
	await page.getByRole('button', { name: /^Filters and legend/ }).click();
	const shown = page.getByText(/^Showing \d+ of \d+/);
	const counts = async () => (await shown.textContent())!.match(/\d+/g)!.map(Number);
	await expect.poll(async () => (await counts())[0]!).toBeLessThan((await counts())[1]!);
	const alt = page.locator('details.alt');
	await alt.locator('summary').click();
	await expect(alt).toContainText('WTDC-22');
	await expect(alt).not.toContainText('WSIS phase 1, Geneva');
	await expect(alt).not.toContainText('Plenipotentiary Conference, Atlantic City 1947');
});

test('the keyboard steps to the next event, Enter opens the shared panel, and it links to the graph', async ({
	page,
	axe
}) => {
	await page.goto('timeline/');
	await timeline(page).focus();
	const live = page.locator('.tl-live');
	await page.keyboard.press('ArrowRight');
	await expect(live).not.toBeEmpty();
	// Down to the last lane (milestones), then its first item: the founding in 1865.
	for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
	await expect(live).toContainText('No more items');
	await page.keyboard.press('Home');
	await expect(live).toContainText('International Telegraph Convention signed');
	await expect(live).toContainText('17 May 1865');
	await page.keyboard.press('ArrowRight');
	await expect(live).toContainText('Permanent international bureau set up in Bern');
	await expect(live).toContainText('1868 (year only)');
	await expect(live).toContainText('Only the year is known.');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/[?&]sel=m-1868-bern-bureau(&|$)/);
	const panel = page.getByRole('region', { name: 'Permanent international bureau set up in Bern' });
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await axe(page, 'timeline with the panel open');

	await page.getByRole('link', { name: 'Show in graph' }).click();
	await expect(page).toHaveURL(/\/graph\/\?.*sel=m-1868-bern-bureau/);
	await expect(
		page.getByRole('region', { name: 'Permanent international bureau set up in Bern' })
	).toBeVisible();
});

test('lanes collapse and reorder; export gives an SVG with legend, filters and sources', async ({
	page
}) => {
	await page.goto('timeline/');
	await page.getByText(/^Lanes \(\d+\)$/).click();
	const first = await page.locator('.menu li .name').first().textContent();
	await page.getByRole('button', { name: `Move ${first} down` }).click();
	await expect(page.locator('.menu li .name').nth(1)).toHaveText(first!);
	const collapse = page.getByRole('button', { name: `Collapse ${first}` });
	await collapse.click();
	await expect(collapse).toHaveAttribute('aria-pressed', 'true');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export SVG' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(
		/^itu-atlas-timeline-\d{4}-\d{4}-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.svg$/
	);
	const text = await (await download.createReadStream()).toArray();
	const svg = Buffer.concat(text).toString('utf8');
	expect(svg).toContain('Filters: none');
	expect(svg).toContain('expected from cadence');
	expect(svg).toContain('Sources: ');
	// The caption: the view's description, the data version and build date, the live link.
	expect(svg).toMatch(/Timeline of \d+ items in \d+ lanes\./);
	expect(svg).toMatch(/ITU Atlas data version [0-9a-f]{8}, built \d{4}-\d{2}-\d{2} · http:/);
	const [png] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export PNG' }).click()
	]);
	expect(png.suggestedFilename()).toMatch(/\.png$/);
});
