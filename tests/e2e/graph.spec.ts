import { expect, test } from './fixtures';

const graph = (page: import('@playwright/test').Page) =>
	page.getByRole('application', { name: 'Organisation graph' });
/** The filters and the legend sit in a drawer beside the graph, closed at first. */
const openDrawer = (page: import('@playwright/test').Page) =>
	page.getByRole('button', { name: /^Filters and legend/ }).click();

test('search, select, deep link, reload, Escape and keyboard moves', async ({ page, axe }) => {
	await page.goto('graph/');
	const search = page.getByRole('combobox', { name: 'Search' });
	await search.fill('ITU-D');
	await expect(
		page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first()
	).toContainText('Telecommunication Development Sector');
	await search.press('Enter');

	const panel = page.getByRole('region', { name: 'Telecommunication Development Sector' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
		'Telecommunication Development Sector'
	);
	await expect(page).toHaveURL(/[?&]sel=itu-d(&|$)/);
	await axe(page, 'graph with the panel open');

	await page.reload();
	await expect(panel).toBeVisible();
	await expect(search).toHaveValue('');

	// The keyboard reaches a neighbour: the graph starts on the selection, an arrow moves along a link.
	await graph(page).focus();
	const live = page.locator('.sr-only[aria-live="polite"]');
	await expect(live).toContainText('Telecommunication Development Sector (ITU-D), sector');
	await page.keyboard.press('ArrowRight');
	await expect(live).not.toContainText('Telecommunication Development Sector (ITU-D)');
	const spoken = (await live.textContent())!;
	const neighbour = spoken.split(/ \(|, /)[0]!;
	await expect(panel.getByRole('link', { name: neighbour, exact: true }).first()).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('region', { name: neighbour, exact: true })).toBeVisible();

	// Back returns to the previous selection; Escape closes the panel.
	await page.goBack();
	await expect(panel).toBeVisible();
	await panel.getByRole('heading', { level: 2 }).focus();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(page).not.toHaveURL(/sel=/);
});

test('an SDG filter changes what is shown and survives a reload', async ({ page, axe }) => {
	await page.goto('graph/');
	await openDrawer(page);
	const summary = page.getByText(/^Showing \d+ of \d+/);
	const before = await summary.textContent();
	await page.getByRole('checkbox', { name: /SDG 13: / }).check();
	await expect(summary).not.toHaveText(before!);
	await expect(page).toHaveURL(/[?&]sdg=13(&|$)/);
	const after = await summary.textContent();
	await page.reload();
	// The drawer's button says a filter is on.
	await expect(page.getByRole('button', { name: 'Filters and legend (1 on)' })).toBeVisible();
	await openDrawer(page);
	await expect(page.getByRole('checkbox', { name: /SDG 13: / })).toBeChecked();
	await expect(summary).toHaveText(after!);
	await page.getByRole('button', { name: 'Clear all' }).click();
	await expect(summary).toHaveText(before!);
	await axe(page, 'graph with filters');
});

test('a malformed link is ignored with a notice, never a crash', async ({ page }) => {
	await page.goto('graph/?v=1&sdg=99&depth=x&colour=red&sel=itu-d');
	await expect(page.getByText('Ignored sdg=99')).toBeVisible();
	await expect(page.getByText(/unknown parameter “colour”/)).toBeVisible();
	await expect(
		page.getByRole('region', { name: 'Telecommunication Development Sector' })
	).toBeVisible();
});

test('focus mode and the text alternative follow the selection', async ({ page }) => {
	await page.goto('graph/?v=1&sel=itu-d&depth=1');
	await expect(page.getByLabel('Focus', { exact: true })).toHaveValue('1');
	const alt = page.locator('details.alt');
	await alt.locator('summary').click();
	const items = alt.getByRole('listitem');
	await expect(items.first()).toContainText('Telecommunication Development Sector');
	const focused = await items.count();
	await page.getByLabel('Focus', { exact: true }).selectOption('0');
	await expect(page).not.toHaveURL(/depth=/);
	await expect.poll(() => items.count()).toBeGreaterThan(focused);
});

test('the legend toggles a kind of node, and the view exports as SVG and PNG', async ({ page }) => {
	await page.goto('graph/?v=1&sdg=9');
	await openDrawer(page);
	const legend = page.getByRole('region', { name: 'Legend' });
	await legend.getByRole('checkbox', { name: 'Events and meetings' }).uncheck();
	await expect(page).toHaveURL(/[?&]hide=event(&|$)/);
	await expect(page).toHaveURL(/[?&]sdg=9(&|$)/);

	const [svg] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export SVG' }).click()
	]);
	// File name says what it shows (SDG 9) and, like the caption, names the data version and build
	// date; the caption adds the description.
	expect(svg.suggestedFilename()).toMatch(
		/^itu-atlas-graph-sdg-9-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.svg$/
	);
	const [, version, built] = /-([0-9a-f]{8})-([\d-]{10})\./.exec(svg.suggestedFilename())!;
	const text = await (await svg.createReadStream()).toArray();
	const body = Buffer.concat(text).toString('utf8');
	expect(body).toContain('<svg');
	expect(body).toContain('Filters: SDG 9');
	expect(body).toContain('Legend');
	expect(body).toContain('Sources:');
	expect(body).toContain('aligned with SDG 9 (Industry, Innovation and Infrastructure)');
	expect(body).toContain(`ITU Atlas data version ${version}, built ${built}`);

	const [png] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export PNG' }).click()
	]);
	expect(png.suggestedFilename()).toBe(`itu-atlas-graph-sdg-9-${version}-${built}.png`);
});

test('with reduced motion, a filter change jumps to the new layout without errors', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('graph/');
	await openDrawer(page);
	await page.getByRole('checkbox', { name: /ITU-D \(Development\)/ }).check();
	await expect(page).toHaveURL(/[?&]sector=itu-d(&|$)/);
	await expect(page.getByText(/Settling the layout/)).toHaveCount(0, { timeout: 15_000 });
	await page.getByRole('button', { name: 'Clear all' }).click();
	await expect(page).not.toHaveURL(/sector=/);
});

test('the prerendered SVG snapshot shows the default view until the canvas paints', async ({
	page,
	request
}) => {
	const html = await (await request.get('graph/')).text();
	expect(html).toMatch(/data-graph-snapshot[^>]*><svg viewBox="[-\d ]+"[^>]*aria-hidden="true"/);
	await page.goto('graph/');
	await expect(graph(page)).toBeVisible();
	await page.waitForFunction(() =>
		performance.getEntriesByType('mark').some((m) => m.name.startsWith('graph:snapshot-paint:'))
	);
	await expect(page.locator('[data-graph-snapshot]')).toHaveCount(0);
	await page.goto('graph/?sdg=9');
	await expect(graph(page)).toBeVisible();
	await expect(page.locator('[data-graph-snapshot]')).toHaveCount(0);
});

test('the map names its regions in the graph’s description, and a filter narrows them', async ({
	page
}) => {
	await page.goto('graph/');
	const g = graph(page);
	await expect(g).toHaveAccessibleDescription(/Governance and membership \(\d+ nodes\)/);
	for (const name of [
		/Radiocommunication Sector \(ITU-R\) \(\d+ nodes\)/,
		/Telecommunication Standardization Sector \(ITU-T\)/,
		/Telecommunication Development Sector \(ITU-D\)/,
		/General Secretariat \(\d+ nodes?\)/,
		/Sustainable Development Goals \(\d+ nodes\)/
	])
		await expect(g).toHaveAccessibleDescription(name);
	await page.goto('graph/?sector=itu-r');
	await expect(g).toHaveAccessibleDescription(/Radiocommunication Sector \(ITU-R\)/);
	await expect(g).not.toHaveAccessibleDescription(/Telecommunication Development Sector/);
});
