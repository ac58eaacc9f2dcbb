import { expect, test } from './fixtures';

const DECK = 'itu-in-10-minutes';
/** The shipped deck's steps: view path and state, as in data/briefings.csv. */
const STEPS = [
	['graph/', 'v=1&sel=itu&depth=1', 'ITU at a glance'],
	['graph/', 'v=1&type=sector', 'The three Sectors'],
	['targets/', 'v=1&fw=connect-2030&sort=status', 'Connect 2030 progress'],
	['targets/', 'v=1&sel=c2030-1.2', 'Internet use: target 1.2'],
	['timeline/', 'v=1&sel=wsis-2003&years=2003-2005', 'The WSIS: Geneva 2003, Tunis 2005'],
	['graph/', 'v=1&sel=sdg-9.c&depth=1', 'SDG 9 and what serves it'],
	['graph/', 'v=1&sel=giga&depth=1', 'Giga: every school online']
] as const;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const urlOf = (i: number) =>
	new RegExp(`/atlas/${esc(STEPS[i]![0])}\\?${esc(STEPS[i]![1])}&present=${DECK}:${i + 1}$`);

test('presents the shipped deck with the keyboard: every step, jumps, black screen, Esc', async ({
	page,
	axe
}) => {
	test.slow();
	await page.goto(`present/?deck=${DECK}`);
	await expect(page.getByRole('heading', { level: 1, name: 'ITU in 10 minutes' })).toBeVisible();
	await axe(page, 'deck page');
	await page.getByRole('button', { name: 'Present in this window' }).click();

	const bar = page.getByRole('region', { name: 'Presentation' });
	const keys = ['ArrowRight', ' ', 'PageDown'];
	for (let i = 0; i < STEPS.length; i++) {
		await expect(page).toHaveURL(urlOf(i));
		await expect(bar).toContainText(`Step ${i + 1} of ${STEPS.length} · ${STEPS[i]![2]}`);
		await expect(page.getByTestId('view-description').or(page.locator('h1')).first()).toBeVisible();
		if (i === 0) await axe(page, 'presenting step 1');
		// The view describes itself from its state (politely live for screen readers).
		if (i === 1)
			await expect(page.getByTestId('view-description')).toHaveText(
				'Graph of 3 nodes of type sector.'
			);
		if (i === 5)
			await expect(page.getByTestId('view-description')).toContainText(
				// The count of nodes within reach grows with the data's SDG links: not pinned here.
				/focused on 2030 Agenda for Sustainable Development target 9\.c \(1 degree\): \d+ nodes within reach\./
			);
		if (i < STEPS.length - 1) await page.keyboard.press(keys[i % keys.length]!);
	}
	// Next at the last step stays there; previous keys step back.
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(urlOf(STEPS.length - 1));
	await page.keyboard.press('PageUp');
	await expect(page).toHaveURL(urlOf(STEPS.length - 2));
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(urlOf(STEPS.length - 3));
	await page.keyboard.press('Home');
	await expect(page).toHaveURL(urlOf(0));
	await page.keyboard.press('End');
	await expect(page).toHaveURL(urlOf(STEPS.length - 1));
	// A number then Enter jumps.
	await page.keyboard.press('3');
	await expect(bar).toContainText('go to step 3');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(urlOf(2));

	// B blacks the screen; any key restores it without moving.
	await page.keyboard.press('b');
	await expect(page.getByTestId('blackout')).toBeVisible();
	await page.keyboard.press('x');
	await expect(page.getByTestId('blackout')).toBeHidden();
	await expect(page).toHaveURL(urlOf(2));

	// Esc leaves to the deck.
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(new RegExp(`/atlas/present/\\?deck=${DECK}$`));
	await expect(bar).toBeHidden();
});

test('after drilling away from a step, "Back to step" restores its state', async ({ page }) => {
	await page.goto(`graph/?v=1&sel=itu-d&present=${DECK}:2`);
	const back = page.getByRole('button', { name: 'Back to step' });
	await expect(back).toBeVisible();
	await back.click();
	await expect(page).toHaveURL(urlOf(1));
	await expect(back).toBeHidden();
});

test('the deck list links to each deck; an unknown deck says so', async ({ page }) => {
	await page.goto('present/');
	await page.getByRole('link', { name: 'ITU in 10 minutes' }).click();
	await expect(page).toHaveURL(new RegExp(`present/\\?deck=${DECK}$`));
	await page.goto('present/?deck=nope');
	await expect(page.getByText('No briefing “nope” in this dataset.')).toBeVisible();
});

test('present/?deck=…&step=… opens that step in its view', async ({ page }) => {
	await page.goto(`present/?deck=${DECK}&step=5`);
	await expect(page).toHaveURL(urlOf(4));
	await expect(page.getByRole('region', { name: 'Presentation' })).toContainText('Step 5 of 7');
});
