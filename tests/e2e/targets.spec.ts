import type { Locator } from '@playwright/test';
import { escapeRe, percentOf } from './dataset';
import { expect, test } from './fixtures';

// Figures come from the dataset (data/observations.csv), not from today's numbers.
const INTERNET_2023 = percentOf('obs-internet-use-world-2023-ff2023');
const EWASTE_2022 = percentOf('obs-ewaste-recycling-rate-world-2022-gem2024');

/** The table rows of a year and region. */
const rowOf = (scope: Locator, year: string, region: string) =>
	scope
		.getByRole('table')
		.getByRole('row')
		.filter({ has: scope.page().getByRole('cell', { name: year, exact: true }) })
		.filter({ has: scope.page().getByRole('cell', { name: region, exact: true }) });

const GOALS = ['Growth', 'Inclusiveness', 'Sustainability', 'Innovation', 'Partnership'];

test('/targets lists the five Connect 2030 goals, with no axe violation in light and dark', async ({
	page,
	axe
}) => {
	test.slow();
	await page.goto('targets/');
	await expect(page.getByRole('heading', { level: 1, name: 'Connect 2030 targets' })).toBeVisible();
	for (const g of GOALS)
		await expect(
			page.getByRole('heading', { level: 2, name: new RegExp(`^Goal \\d: ${g}$`) })
		).toBeVisible();
	await axe(page, 'targets (light)');
	await page.emulateMedia({ colorScheme: 'dark' });
	await axe(page, 'targets (dark)');
});

test('target 1.2 shows the world series with its 2023 value and "not achieved by the deadline"', async ({
	page
}) => {
	await page.goto('targets/');
	const card = page.getByRole('article', { name: /^1\.2 / });
	await expect(card.getByText('Not achieved by the deadline')).toBeVisible();
	await card.getByRole('button', { name: 'Details of target 1.2' }).click();
	await expect(page).toHaveURL(/sel=c2030-1\.2/);
	const detail = page.getByRole('region', { name: 'Target 1.2: progress' });
	await expect(detail.getByRole('heading', { name: 'Target 1.2: progress' })).toBeFocused();
	await expect(detail.getByText('Not achieved by the deadline').first()).toBeVisible();
	const row2023 = rowOf(detail, '2023', 'World').filter({ hasText: 'Facts & Figures 2023' });
	await expect(row2023).toContainText(INTERNET_2023);
});

test('the drill-down has no axe violation in light and dark', async ({ page, axe }) => {
	// Axe over 24 charts and a long table is slow on a shared 2-core machine.
	test.slow();
	await page.goto('targets/?sel=c2030-1.2');
	await expect(page.getByRole('heading', { name: 'Target 1.2: progress' })).toBeVisible();
	await axe(page, 'target 1.2 (light)');
	await page.emulateMedia({ colorScheme: 'dark' });
	await axe(page, 'target 1.2 (dark)');
});

test('the e-waste recycling target shows its 2022 value', async ({ page }) => {
	await page.goto('targets/?sel=c2030-3.2');
	const detail = page.getByRole('region', { name: 'Target 3.2: progress' });
	const row = rowOf(detail, '2022', 'World');
	await expect(row).toContainText(EWASTE_2022);
	await expect(detail.getByText(`${EWASTE_2022} in 2022`).first()).toBeVisible();
});

test('a drill-down lists its sources; "show in graph" opens the graph focused on it, and back', async ({
	page
}) => {
	await page.goto('targets/?sel=c2030-1.2');
	const detail = page.getByRole('region', { name: 'Target 1.2: progress' });
	await expect(
		detail
			.getByRole('link', { name: /Our World in Data: Share of the population using the Internet/ })
			.first()
	).toBeVisible();
	await expect(
		detail.getByRole('cell', { name: /ITU Facts & Figures 2024/ }).first()
	).toBeVisible();
	await detail.getByRole('link', { name: 'Show in graph' }).click();
	await expect(page).toHaveURL(/\/atlas\/graph\/\?v=1&sel=c2030-1\.2&depth=2$/);
	await expect(page.getByRole('heading', { level: 2, name: /target 1\.2$/ })).toBeVisible();
	// And back: the graph's panel links the target to its progress here.
	await page.getByRole('link', { name: 'Progress towards this target' }).click();
	await expect(page).toHaveURL(/\/atlas\/targets\/\?v=1&sel=c2030-1\.2$/);
	await expect(page.getByRole('heading', { name: 'Target 1.2: progress' })).toBeVisible();
});

test('while presenting in projector mode, "show in graph" and back keep both', async ({ page }) => {
	await page.goto('targets/?v=1&sel=c2030-1.2&proj=1&present=itu-in-10-minutes:4');
	const detail = page.getByRole('region', { name: 'Target 1.2: progress' });
	await detail.getByRole('link', { name: 'Show in graph' }).click();
	await expect(page).toHaveURL(
		/\/atlas\/graph\/\?v=1&sel=c2030-1\.2&depth=2&proj=1&present=itu-in-10-minutes:4$/
	);
	await expect(page.getByRole('region', { name: 'Presentation' })).toContainText('Step 4 of 7');
	await page.getByRole('link', { name: 'Progress towards this target' }).click();
	await expect(page).toHaveURL(
		/\/atlas\/targets\/\?v=1&sel=c2030-1\.2&proj=1&present=itu-in-10-minutes:4$/
	);
	await expect(page.getByRole('button', { name: 'Back to step' })).toHaveCount(0);
});

test('the URL restores framework, order, year range and selection', async ({ page }) => {
	await page.goto('targets/?v=1&sel=c2030-3.2&years=2015-2023&sort=status');
	await expect(page.getByLabel('Order')).toHaveValue('status');
	await expect(page.getByRole('spinbutton', { name: 'From year' })).toHaveValue('2015');
	await expect(page.getByRole('spinbutton', { name: 'To year' })).toHaveValue('2023');
	await expect(page.getByRole('heading', { name: 'Target 3.2: progress' })).toBeVisible();
	await expect(
		page.getByRole('heading', { level: 2, name: 'All targets, worst status first' })
	).toBeVisible();

	await page.getByLabel('Framework').selectOption('connect-2020');
	await expect(page).toHaveURL(/fw=connect-2020/);
	await expect(page.getByRole('heading', { level: 1, name: 'Connect 2020 targets' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Connect 2020 targets' })).toBeVisible();
	await expect(page.getByLabel('Framework')).toHaveValue('connect-2020');
});

test('a chart is focusable and arrow keys announce each point', async ({ page }) => {
	await page.goto('targets/?sel=c2030-3.2');
	const chart = page.getByRole('region', { name: 'Target 3.2: progress' }).getByRole('application');
	await chart.focus();
	const readout = page.getByRole('region', { name: 'Target 3.2: progress' }).locator('.readout');
	await expect(readout).toContainText(`2022: ${EWASTE_2022}`);
	await expect(readout).toContainText('Global E-waste Monitor 2024');
	await page.keyboard.press('ArrowUp');
	await expect(readout).not.toContainText(`2022: ${EWASTE_2022}`);
	await expect(readout).toContainText(/observed|estimated|derived/);
});

test('downloads the visible observations as CSV and exports the chart as SVG and PNG', async ({
	page
}) => {
	await page.goto('targets/?sel=c2030-3.2');
	const detail = page.getByRole('region', { name: 'Target 3.2: progress' });
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		detail.getByRole('button', { name: 'Download CSV' }).click()
	]);
	// Every export names the data version and build date: in its file name, on every CSV row,
	// and in the image's caption (with the view's description and the live link).
	const stamp = /-([0-9a-f]{8})-(\d{4}-\d{2}-\d{2})\./;
	expect(csv.suggestedFilename()).toMatch(/^target-3\.2-observations-[0-9a-f]{8}-[\d-]{10}\.csv$/);
	const [, version, built] = stamp.exec(csv.suggestedFilename())!;
	const text = Buffer.concat(await (await csv.createReadStream()).toArray()).toString();
	expect(text.split(/\r?\n/)[0]).toMatch(/,data_version,data_built$/);
	expect(text).toMatch(
		new RegExp(
			`ewaste-recycling-rate,World,2022,${escapeRe(EWASTE_2022.slice(0, -1))},.*,${version},${built}`
		)
	);
	const [svg] = await Promise.all([
		page.waitForEvent('download'),
		detail.getByRole('button', { name: 'Export SVG' }).click()
	]);
	const svgText = Buffer.concat(await (await svg.createReadStream()).toArray()).toString();
	expect(svgText).toContain('Target 3.2');
	expect(svgText).toContain('Marks: filled dot observed');
	expect(svgText).toContain('Status: Not achieved by the deadline');
	expect(svgText).toContain('Sources: ');
	expect(svgText).toContain(`ITU Atlas data version ${version}, built ${built}`);
	expect(svgText).toContain('Selected: target 3.2, not achieved.');
	expect(svgText).toMatch(/ · http:\/\/localhost:\d+\/atlas\/targets\/\?sel=c2030-3\.2</);
	const [png] = await Promise.all([
		page.waitForEvent('download'),
		detail.getByRole('button', { name: 'Export PNG' }).click()
	]);
	expect(png.suggestedFilename()).toBe(`target-3.2-observations-${version}-${built}.png`);
});

test('the shared filters narrow the overview and stay in the URL', async ({ page }) => {
	await page.goto('targets/');
	const filters = page.getByRole('region', { name: 'Filters' });
	await filters.getByRole('checkbox', { name: /SDG 17/ }).check();
	await expect(page).toHaveURL(/sdg=17/);
	await expect(page.getByRole('article', { name: /^1\.2 / })).toBeVisible();
	await expect(page.getByRole('article', { name: /^3\.2 / })).toHaveCount(0);
	await expect(page.getByText(/No target of this goal matches the filters/).first()).toBeVisible();
});
