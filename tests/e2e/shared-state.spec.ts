import { expect, test } from './fixtures';

const nav = (page: import('@playwright/test').Page, name: string) =>
	page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
const description = (page: import('@playwright/test').Page) => page.getByTestId('view-description');

test('the years set on the timeline follow the user to the graph and the data page', async ({
	page
}) => {
	await page.goto('graph/');
	const all = Number(
		/Graph of ([\d,]+) nodes/
			.exec((await description(page).textContent()) ?? '')?.[1]
			?.replace(/,/g, '')
	);
	expect(all).toBeGreaterThan(0);

	await page.goto('timeline/?v=1&years=1990-2015');
	await expect(description(page)).toContainText('highlighting 1990 to 2015');
	await nav(page, 'Graph').click();
	await expect(page).toHaveURL(/graph\/\?v=1&years=1990-2015$/);
	await expect(description(page)).toContainText('active between 1990 and 2015');
	const shown = Number(
		/Graph of ([\d,]+) nodes/
			.exec((await description(page).textContent()) ?? '')?.[1]
			?.replace(/,/g, '')
	);
	expect(shown).toBeLessThan(all);

	await nav(page, 'Data').click();
	await expect(page).toHaveURL(/data\/\?v=1&years=1990-2015$/);
	await expect(page.getByTestId('data-filters')).toContainText('active between 1990 and 2015');
});

test('a Sector chosen on the targets page follows the user to the graph', async ({ page }) => {
	await page.goto('targets/?v=1&sector=itu-d&sort=gap');
	await expect(description(page)).toContainText('in ITU-D');
	await nav(page, 'Graph').click();
	// The shared filter travels; the targets view's own order stays behind.
	await expect(page).toHaveURL(/graph\/\?v=1&sector=itu-d$/);
	await expect(description(page)).toContainText('in ITU-D');
	await nav(page, 'Timeline').click();
	await expect(description(page)).toContainText('in ITU-D');
});

test('the timeline exports the items in its year range as CSV, stamped', async ({ page }) => {
	await page.goto('timeline/?v=1&years=2003-2005');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Items shown (CSV)' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(
		/^itu-atlas-timeline-items-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.csv$/
	);
	const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
	const [header, ...rows] = text.trim().split(/\r?\n/);
	expect(header).toBe('id,label,lane,date,start,end,node,status,source,data_version,data_built');
	expect(rows.some((r) => r.startsWith('wsis-2003,'))).toBe(true);
	for (const r of rows) expect(r).toMatch(/,[0-9a-f]{8},\d{4}-\d{2}-\d{2}$/);
});
