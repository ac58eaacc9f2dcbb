import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

/** The filters and the legend sit in a drawer beside the graph, closed at first. */
const openDrawer = (page: Page) =>
	page.getByRole('button', { name: /^Filters and legend/ }).click();

/** The names and types the graph's text alternative lists (the nodes the graph shows). */
async function shownNodes(page: Page): Promise<{ name: string; type: string }[]> {
	const alt = page.locator('details.alt');
	if (!(await alt.evaluate((el) => (el as HTMLDetailsElement).open)))
		await alt.locator('summary').click();
	const items = alt.getByRole('listitem');
	await expect(items.first()).toBeVisible();
	return (await items.allInnerTexts()).map((text) => {
		const name = text.split('\n')[0]!.replace(/ \([^()]*, \d+ connections?\)$/, '');
		const type = /\(([^(),]+), \d+ connections?\)/.exec(text)?.[1] ?? '';
		return { name, type };
	});
}

/** The nodes shown besides the SDGs and SDG targets themselves. */
const others = (nodes: { type: string }[]) =>
	nodes.filter((n) => n.type !== 'sdg' && n.type !== 'sdg target');

test('stated and derived: every SDG from 1 to 17 shows at least three ITU nodes', async ({
	page
}) => {
	test.setTimeout(150_000);
	await page.goto('graph/');
	await openDrawer(page);
	await expect(page.getByRole('radio', { name: 'Stated and derived' })).toBeChecked();
	for (let n = 1; n <= 17; n++) {
		const box = page.getByRole('checkbox', { name: new RegExp(`^SDG ${n}: `) });
		await box.check();
		await expect(page).toHaveURL(new RegExp(`[?&]sdg=${n}(&|$)`));
		const nodes = await shownNodes(page);
		expect(others(nodes).length, `SDG ${n}`).toBeGreaterThanOrEqual(3);
		await box.uncheck();
	}
});

test('stated only: the filter names what sources state, and its counts follow the choice', async ({
	page,
	axe
}) => {
	await page.goto('graph/?v=1&sdg=5');
	await openDrawer(page);
	const sdg15 = page.getByRole('checkbox', { name: /SDG 15: / });
	const derivedCount = await sdg15.locator('..').innerText();
	await page.getByRole('radio', { name: 'Stated only' }).check();
	await expect(page).toHaveURL(/[?&]sdglinks=stated(&|$)/);
	// SDG 15 is served through WSIS Action Lines ITU facilitates: fewer nodes when only stated.
	await expect(sdg15.locator('..')).not.toHaveText(derivedCount);
	let names = (await shownNodes(page)).map((n) => n.name);
	expect(names).toContain('EQUALS Global Partnership for Gender Equality in the Digital Age');
	expect(names).toContain('Girls Can Code Initiative');
	await axe(page, 'graph, SDG 5, stated only');

	await page.reload();
	await openDrawer(page);
	await expect(page.getByRole('radio', { name: 'Stated only' })).toBeChecked();
	await page.goto('graph/?v=1&sdg=9&sdglinks=stated');
	names = (await shownNodes(page)).map((n) => n.name);
	expect(names).toContain('Telecommunication Development Sector');
	expect(names).toContain('Giga');
});

test('the panel lists each SDG link with its kind, path and source', async ({ page }) => {
	await page.goto('graph/?v=1&sel=itu');
	const panel = page.getByRole('region', { name: 'International Telecommunication Union' });
	const items = panel.locator('li.item');
	await expect(items.first()).toBeVisible();
	for (const text of await items.allInnerTexts()) {
		expect(text).toMatch(/^(Stated|Derived):/);
		expect(text).toContain('Source:');
	}
	// SDG 15 reaches ITU only through the WSIS Action Lines it co-facilitates.
	await expect(
		items.filter({
			hasText: /Derived:\s*via WSIS Action Line C3 \(co-facilitates\), WSIS–SDG Matrix/
		})
	).not.toHaveCount(0);
});

test('search finds study groups, advisory groups, the Board and regional offices', async ({
	page
}) => {
	await page.goto('graph/');
	const search = page.getByRole('combobox', { name: 'Search' });
	const first = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first();
	for (const [query, name] of [
		['SG13', 'ITU-T Study Group 13: Future networks and emerging network technologies'],
		['Study Group 17', 'ITU-T Study Group 17: Security'],
		['TSAG', 'Telecommunication Standardization Advisory Group'],
		['Radio Regulations Board', 'Radio Regulations Board'],
		['Bangkok', 'ITU Regional Office for Asia and the Pacific']
	]) {
		await search.fill(query!);
		await expect(first).toContainText(name!);
	}
});

test('the panel of ITU-T lists its study groups and its Director with the term', async ({
	page
}) => {
	await page.goto('graph/?v=1&sel=itu-t');
	const panel = page.getByRole('region', { name: 'Telecommunication Standardization Sector' });
	await expect(panel.getByRole('heading', { name: 'Led by' })).toBeVisible();
	await expect(panel.getByText(/Seizo Onoe, .*, term 2023–2026/)).toBeVisible();
	await expect(panel.getByRole('heading', { name: /^Study groups/ })).toBeVisible();
	await expect(
		panel.getByRole('link', {
			name: 'ITU-T Study Group 13: Future networks and emerging network technologies'
		})
	).toBeVisible();
});

test('doubtful names stay out until the control brings them back', async ({ page, axe }) => {
	await page.goto('graph/');
	await openDrawer(page);
	const summary = page.getByText(/^Showing \d+ of \d+/);
	const shown = async () => Number(/^Showing (\d+)/.exec((await summary.textContent())!)![1]);
	const before = await shown();
	const search = page.getByRole('combobox', { name: 'Search' });
	await search.fill('GDACS');
	await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option')).toHaveCount(
		0
	);
	await search.fill('');

	const toggle = page.getByRole('checkbox', { name: /^Show names flagged as doubtful \(\d+\)$/ });
	await expect(toggle).not.toBeChecked();
	const count = Number(/\((\d+)\)/.exec((await toggle.locator('..').textContent())!)![1]);
	expect(count).toBeGreaterThan(0);
	await expect(page.getByText(`${count} names flagged as doubtful are hidden`)).toBeVisible();
	await toggle.check();
	await expect(page).toHaveURL(/[?&]doubtful=1(&|$)/);
	await expect.poll(shown).toBe(before + count);
	await page.reload();
	await openDrawer(page);
	await expect(toggle).toBeChecked();
	await search.fill('GDACS');
	await expect(
		page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first()
	).toContainText('Global Disaster Alert and Coordination System');
	await axe(page, 'graph with doubtful names');
	await toggle.uncheck();
	await expect(page).not.toHaveURL(/doubtful=/);
	await expect.poll(shown).toBe(before);
});
