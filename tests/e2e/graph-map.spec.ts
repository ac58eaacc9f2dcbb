import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const graph = (page: Page) => page.getByRole('application', { name: 'Organisation graph' });

/** Two screenshots of the graph in a row that agree: the camera and the labels are at rest. */
async function still(page: Page): Promise<Buffer> {
	let last = await graph(page).screenshot();
	for (let k = 0; k < 20; k++) {
		await page.waitForTimeout(250);
		const next = await graph(page).screenshot();
		if (next.equals(last)) return next;
		last = next;
	}
	return last;
}

/**
 * How many pixels of two same-sized PNGs differ by more than a rounding step in some channel
 * (decoded by the browser, in a blank page without the app's CSP; -1 when their sizes differ).
 */
async function differingPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
	const scratch = await page.context().newPage();
	const n = await scratch.evaluate(
		async ([x, y]: [string, string]) => {
			const load = async (b64: string) => {
				const img = await createImageBitmap(
					await (await fetch(`data:image/png;base64,${b64}`)).blob()
				);
				const c = new OffscreenCanvas(img.width, img.height);
				const ctx = c.getContext('2d')!;
				ctx.drawImage(img, 0, 0);
				return ctx.getImageData(0, 0, img.width, img.height);
			};
			const [p, q] = [await load(x), await load(y)];
			if (p.width !== q.width || p.height !== q.height) return -1;
			let n = 0;
			for (let i = 0; i < p.data.length; i += 4)
				for (let k = 0; k < 4; k++)
					if (Math.abs(p.data[i + k]! - q.data[i + k]!) > 2) {
						n++;
						break;
					}
			return n;
		},
		[a.toString('base64'), b.toString('base64')] as [string, string]
	);
	await scratch.close();
	return n;
}

test.describe('at 1440×900', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('the graph is the page; filters and legend in a drawer the keyboard opens', async ({
		page,
		axe
	}) => {
		await page.goto('graph/');
		const box = (await graph(page).boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(900);
		expect((box.width * box.height) / (1440 * 900)).toBeGreaterThan(0.75);

		const toggle = page.getByRole('button', { name: 'Filters and legend' });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(page.getByRole('region', { name: 'Legend' })).toBeHidden();
		await toggle.focus();
		await page.keyboard.press('Enter');
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(page.getByRole('region', { name: 'Legend' })).toBeVisible();
		// Beside the graph, which narrows but stays on the first screen.
		const narrowed = (await graph(page).boundingBox())!;
		expect(narrowed.width).toBeLessThan(box.width);
		await axe(page, 'graph with the drawer open');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('region', { name: 'Legend' })).toBeHidden();
	});

	test('how is EQUALS connected to Giga: the paths as sentences with sources, in the URL', async ({
		page,
		axe
	}) => {
		await page.goto('graph/?v=1&sel=equals');
		await page.getByText(/^How is EQUALS .+ connected to another node\?$/).click();
		const to = page.getByRole('combobox', { name: 'Connect to' });
		await to.fill('Giga');
		await expect(
			page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first()
		).toContainText('Giga');
		await to.press('Enter');
		await expect(page).toHaveURL(/[?&]path=equals,giga(&|$)/);

		const region = page.getByRole('region', { name: /^How EQUALS .+ is connected to Giga$/ });
		const sentences = region.getByTestId('path-sentence');
		// Both were established by ITU (relations.csv): the one shortest connection comes first.
		await expect(sentences.first()).toHaveText(
			'EQUALS Global Partnership for Gender Equality in the Digital Age — established by → ' +
				'International Telecommunication Union ← established by — Giga'
		);
		const n = await sentences.count();
		expect(n).toBeGreaterThanOrEqual(1);
		expect(n).toBeLessThanOrEqual(3);
		for (const s of await sentences.allTextContents()) {
			expect(s).toMatch(/^EQUALS Global Partnership .* Giga$/);
			// Never through an SDG, goal, target or indicator.
			expect(s).not.toMatch(/SDG|target|goal/);
		}
		await region.getByText('Sources of path 1').click();
		await expect(region.getByText(/Seed 001/).first()).toBeVisible();
		await expect(page.getByTestId('view-description')).toContainText(
			'from EQUALS Global Partnership for Gender Equality in the Digital Age to Giga highlighted'
		);
		await axe(page, 'graph with a path');

		// The text alternative writes the connections out too.
		const alt = page.locator('details.alt');
		await alt.locator('summary').click();
		await expect(alt.getByRole('heading', { name: 'Connections shown' })).toBeVisible();
		await expect(alt.getByRole('listitem').first()).toHaveText(
			(await sentences.first().textContent())!
		);

		await page.reload();
		await expect(sentences.first()).toBeVisible();
		await region.getByRole('button', { name: 'Clear the connection' }).click();
		await expect(page).not.toHaveURL(/path=/);
		await expect(page.getByText(/^How is EQUALS .+ connected to another node\?$/)).toBeVisible();
	});

	test('the keyboard connects the selection to the node it is on (P)', async ({ page }) => {
		await page.goto('graph/?v=1&sel=giga');
		await graph(page).focus();
		const live = page.locator('.sr-only[aria-live="polite"]');
		await expect(live).toContainText('Giga');
		await page.keyboard.press('ArrowRight');
		await expect(live).not.toHaveText(/^Giga/);
		await page.keyboard.press('p');
		await expect(page).toHaveURL(/[?&]path=giga,[a-z0-9.-]+(&|$)/);
		await expect(page.getByRole('region', { name: /^How Giga is connected to / })).toBeVisible();
	});

	test('the organisation as of 1950 has no ITU-D; the slider and Play step through the years', async ({
		page,
		axe
	}) => {
		test.slow();
		await page.goto('graph/?v=1&years=1950-1950');
		const year = page.getByRole('slider', { name: 'As of' });
		await expect(year).toHaveValue('1950');
		// Nodes with unknown dates stay, and the title line says so.
		await expect(page.getByRole('status').filter({ hasText: /^In 1950: \d+ nodes/ })).toContainText(
			'with unknown dates'
		);
		const alt = page.locator('details.alt');
		await alt.locator('summary').click();
		const named = (name: string) => alt.getByRole('link', { name, exact: true });
		await expect(named('International Telecommunication Union')).toHaveCount(1);
		await expect(named('Telecommunication Development Sector')).toHaveCount(0);
		await axe(page, 'graph as of 1950');

		// The slider by keyboard: one year on.
		await year.focus();
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/[?&]years=1951-1951(&|$)/);

		await page.getByRole('button', { name: 'All years' }).click();
		await expect(page).not.toHaveURL(/years=/);
		await expect(named('Telecommunication Development Sector')).toHaveCount(1);

		// Play starts at the founding and steps on; Pause stops.
		await page.getByRole('button', { name: 'Play the history' }).click();
		await expect(page).toHaveURL(/[?&]years=1865-1865(&|$)/);
		await expect(page).not.toHaveURL(/[?&]years=1865-1865(&|$)/, { timeout: 5000 });
		await page.getByRole('button', { name: 'Pause the history' }).click();
		const at = page.url();
		await page.waitForTimeout(1500);
		expect(page.url()).toBe(at);

		// A body without known dates (the Council, in entities.csv) stays, and its details say so.
		await page.goto('graph/?v=1&years=1950-1950&sel=council');
		await expect(page.getByRole('region', { name: 'ITU Council' })).toContainText(
			'Dates unknown: shown in every year'
		);
	});

	test('the link shows what you saw: search, a filter, focus, by clicks or loaded fresh', async ({
		page
	}) => {
		test.slow();
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('graph/');
		const search = page.getByRole('combobox', { name: 'Search' });
		await search.fill('Giga');
		await search.press('Enter');
		// Choosing from the search zooms onto the node: the URL holds that camera.
		await expect(page).toHaveURL(/[?&]sel=giga&.*zoom=[\d.]+,-?\d+,-?\d+/);
		const byClicks = await still(page);
		const link = page.url();

		const fresh = await page.context().newPage();
		await fresh.emulateMedia({ reducedMotion: 'reduce' });
		await fresh.goto(link);
		await expect(fresh.getByRole('region', { name: 'Giga' })).toBeVisible();
		expect(await differingPixels(fresh, await still(fresh), byClicks)).toBe(0);

		// A filter ticked in the drawer frames what it shows, as the same link loaded fresh does.
		await page.getByRole('button', { name: /^Filters and legend/ }).click();
		await page.getByRole('checkbox', { name: /ITU-T \(Standardization\)/ }).check();
		await expect(page).toHaveURL(/[?&]sector=itu-t(&|$)/);
		await expect(page).not.toHaveURL(/zoom=/);
		await page.getByRole('button', { name: /^Filters and legend/ }).click();
		const filtered = await still(page);
		await fresh.goto(page.url());
		expect(await differingPixels(fresh, await still(fresh), filtered)).toBe(0);

		// Focus mode on a selection (which opened the side sheet) frames the neighbourhood.
		await page.goto('graph/?v=1&sel=itu-d');
		await page.getByLabel('Focus', { exact: true }).selectOption('1');
		await expect(page).toHaveURL(/[?&]sel=itu-d&depth=1$/);
		const focused = await still(page);
		await fresh.goto(page.url());
		expect(await differingPixels(fresh, await still(fresh), focused)).toBe(0);
		await fresh.close();
	});
});

test.describe('at 390×844', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the graph starts on the first screen and takes most of it', async ({ page, axe }) => {
		await page.goto('graph/');
		const box = (await graph(page).boundingBox())!;
		expect(box.y).toBeLessThan(844 / 2);
		const shown = Math.min(box.y + box.height, 844) - box.y;
		expect((shown * box.width) / (390 * 844)).toBeGreaterThan(0.6);
		// The drawer is a bottom sheet with the tools, filters and legend.
		await page.getByRole('button', { name: 'More' }).click();
		await expect(page.getByRole('button', { name: 'Export PNG' })).toBeVisible();
		await expect(page.getByRole('separator', { name: 'Resize filters and legend' })).toBeVisible();
		await axe(page, 'graph on a phone, the drawer open');
	});
});
