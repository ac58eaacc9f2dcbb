import { expect, test } from './fixtures';

const DECK = 'itu-in-10-minutes';

test('the deck page prints as a handout: one step per page, no navigation or buttons', async ({
	page,
	axe
}) => {
	await page.goto(`present/?deck=${DECK}`);
	const steps = page.getByTestId('handout-step');
	await expect(steps).toHaveCount(7);
	await expect(page.getByRole('button', { name: 'Print handout' })).toBeVisible();
	// Each step says what its view shows, the data version and the full link to the live view.
	const second = steps.nth(1);
	await expect(second.getByTestId('step-description')).toHaveText(
		'Graph of 3 nodes of type sector.'
	);
	await expect(second).toContainText('Data version');
	await expect(second.getByRole('link', { name: /graph\/\?v=1&type=sector$/ })).toHaveText(
		/^http:\/\/localhost:\d+\/atlas\/graph\/\?v=1&type=sector$/
	);
	await axe(page, 'deck page with handout');

	await page.emulateMedia({ media: 'print' });
	// A page break after every step but the last (which would add an empty page).
	const breaks = await steps.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakAfter));
	expect(breaks).toEqual([...Array(6).fill('page'), 'auto']);
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print handout' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Present in this window' })).toBeHidden();

	// One printed page per step.
	const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
	const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
	expect(pages.length).toBe(7);
});
