import { expect, test } from './fixtures';

const dialog = (page: import('@playwright/test').Page) =>
	page.getByRole('dialog', { name: 'Search ITU Atlas' });
const box = (page: import('@playwright/test').Page) =>
	dialog(page).getByRole('combobox', { name: /^Search entities/ });

test('Ctrl-K opens the palette; "itu d" lists ITU-D first and Enter opens it in the graph; axe-clean', async ({
	page,
	axe
}) => {
	await page.goto('');
	await page.keyboard.press('Control+k');
	await expect(dialog(page)).toBeVisible();
	await expect(box(page)).toBeFocused();
	await box(page).fill('itu d');
	const options = dialog(page).getByRole('option');
	await expect(options.first()).toContainText('Telecommunication Development Sector');
	await expect(options.first()).toHaveAttribute('aria-selected', 'true');
	// ITU Digital World (an alias of ITU Telecom World) comes after it.
	const names = await options.allInnerTexts();
	const digital = names.findIndex((n) => n.includes('ITU Telecom World'));
	expect(digital === -1 || digital > 0).toBe(true);
	await expect(box(page)).toHaveAttribute('aria-activedescendant', /.+/);
	await axe(page, 'palette open (light)');
	await page.emulateMedia({ colorScheme: 'dark' });
	await axe(page, 'palette open (dark)');

	await page.keyboard.press('Enter');
	await expect(dialog(page)).toBeHidden();
	await expect(page).toHaveURL(/\/graph\/\?(.+&)?sel=itu-d(&|$)/);

	// Reopened, the empty query lists the recent item first.
	await page.keyboard.press('Control+k');
	await expect(dialog(page).getByRole('option').first()).toContainText(
		'Telecommunication Development Sector'
	);
	// Escape closes it.
	await page.keyboard.press('Escape');
	await expect(dialog(page)).toBeHidden();
});

test('the header has a visible Search button on every page; arrow keys choose an action that keeps the shared filters', async ({
	page
}) => {
	for (const path of [
		'',
		'graph/',
		'timeline/',
		'targets/',
		'data/',
		'present/',
		'handout/home/'
	]) {
		await page.goto(path);
		await expect(
			page.getByRole('banner').getByRole('button', { name: 'Search', exact: true }),
			path
		).toBeVisible();
	}

	await page.goto('targets/?v=1&sdg=9&proj=1');
	await page.getByRole('banner').getByRole('button', { name: 'Search', exact: true }).click();
	await box(page).fill('itu-t timeline');
	const action = dialog(page).getByRole('option', { name: /Show ITU-T in the timeline/ });
	await expect(action).toBeVisible();
	// Move down with the arrow keys until the action is the active option, then Enter.
	for (let i = 0; i < 12 && (await action.getAttribute('aria-selected')) !== 'true'; i++)
		await page.keyboard.press('ArrowDown');
	await expect(action).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/timeline\/\?/);
	const url = new URL(page.url());
	expect(url.searchParams.get('sector')).toBe('itu-t');
	expect(url.searchParams.get('sdg')).toBe('9');
	expect(url.searchParams.get('proj')).toBe('1');
});

test('"Present ITU in 10 minutes" starts the deck at step 1; a target opens on the Targets page', async ({
	page
}) => {
	await page.goto('timeline/');
	await page.keyboard.press('Control+k');
	await box(page).fill('present itu');
	await dialog(page)
		.getByRole('option', { name: /Present ITU in 10 minutes/ })
		.click();
	await expect(page).toHaveURL(/present=itu-in-10-minutes:1/);

	await page.goto('data/');
	await page.keyboard.press('Control+k');
	await box(page).fill('1.2');
	const first = dialog(page).getByRole('option').first();
	await expect(first).toContainText('target 1.2');
	await expect(first).toContainText('Target');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/targets\/\?(.+&)?sel=c2030-1\.2(&|$)/);
});
