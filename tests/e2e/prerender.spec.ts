/**
 * The prerendered pages are small but still say what the view shows (for a reader without
 * JavaScript, a crawler, a slow connection); what needs the page running comes once it runs.
 */
import { expect, test } from './fixtures';

/** The page's text as prerendered: tags and hydration markers dropped. */
async function prerendered(request: import('@playwright/test').APIRequestContext, path: string) {
	const html = await (await request.get(path)).text();
	return html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ');
}

test('targets: the prerendered cards give each status in words; charts and Details come once it runs', async ({
	page,
	request
}) => {
	const text = await prerendered(request, 'targets/');
	expect(text).toContain('Connect 2030 targets');
	expect(text).toContain('24 of 24 targets shown');
	expect(text).toContain('1.2 by 2023, 70% of individuals worldwide with access to the Internet');
	expect(text).toContain('Not achieved by the deadline');
	expect(text).toContain('Why no status:');
	expect(text).not.toContain('Details of target 1.2');
	await page.goto('targets/');
	await expect(
		page.getByRole('application', { name: /^Target 1\.2, World: \d+ values/ })
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Details of target 1.2' })).toBeVisible();
});

test('data: the prerendered table has its first rows; the rest of the page comes once it runs', async ({
	page,
	request
}) => {
	const text = await prerendered(request, 'data/');
	expect(text).toContain('International Telecommunication Union');
	expect(text).toContain('The first 10 rows; the others of this page appear once it has loaded.');
	expect(text).toContain('Page 1 of 7');
	await page.goto('data/');
	const table = page.getByRole('region', { name: 'Entities table' });
	await expect(table.getByRole('row')).toHaveCount(51);
	await expect(page.getByText('The first 10 rows', { exact: false })).toHaveCount(0);
});

test('timeline: the prerendered text alternative lists the items; their names open the panel once it runs', async ({
	page,
	request
}) => {
	const text = await prerendered(request, 'timeline/');
	expect(text).toContain('10–12 December 2003: WSIS phase 1, Geneva');
	expect(text).toContain('Text alternative:');
	await page.goto('timeline/');
	const alt = page.locator('details.alt');
	await alt.locator('summary').click();
	await expect(alt.getByRole('button', { name: 'WSIS phase 1, Geneva' })).toBeVisible();
});
