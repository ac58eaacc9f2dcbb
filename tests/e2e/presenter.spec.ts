import { expect, test } from './fixtures';
import { savedSteps } from './savedDecks';

const DECK = 'itu-in-10-minutes';

test('the presenter view in a second window follows the audience and drives it', async ({
	page,
	context,
	axe
}) => {
	await page.goto(`graph/?v=1&sel=itu&depth=1&present=${DECK}:1`);
	const bar = page.getByRole('region', { name: 'Presentation' });
	await expect(bar).toContainText('Step 1 of 7');
	await expect(bar.getByRole('button', { name: 'Open presenter view' })).toBeVisible();

	const presenter = await context.newPage();
	await presenter.goto(`present/presenter/?deck=${DECK}&step=1`);
	await expect(presenter.getByRole('heading', { level: 2, name: 'ITU at a glance' })).toBeVisible();
	await expect(presenter.getByText('Next: The three Sectors')).toBeVisible();
	await expect(presenter.getByTestId('elapsed')).toHaveText(/^\d\d:\d\d$/);
	await expect(presenter.getByTestId('clock')).toHaveText(/^\d\d:\d\d$/);
	await axe(presenter, 'presenter view');

	// → in the audience window: the presenter shows step 2's notes.
	await page.bringToFront();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(new RegExp(`present=${DECK}:2$`));
	await expect(presenter.getByTestId('presenter-notes')).toContainText(
		'ITU works through three Sectors'
	);
	await expect(presenter.getByText('Step 2 of 7')).toBeVisible();

	// Next in the presenter: the audience moves to step 3.
	await presenter.getByRole('button', { name: 'Next' }).click();
	await expect(page).toHaveURL(
		new RegExp(`/atlas/targets/\\?v=1&fw=connect-2030&sort=status&present=${DECK}:3$`)
	);
	await expect(bar).toContainText('Step 3 of 7');
	await expect(
		presenter.getByRole('heading', { level: 2, name: 'Connect 2030 progress' })
	).toBeVisible();
	await presenter.close();
});

test('"Open presenter view" opens the presenter window at the current step', async ({ page }) => {
	await page.goto(`graph/?v=1&type=sector&present=${DECK}:2`);
	const popup = page.waitForEvent('popup');
	await page.getByRole('button', { name: 'Open presenter view' }).click();
	const presenter = await popup;
	await expect(presenter).toHaveURL(new RegExp(`/atlas/present/presenter/\\?deck=${DECK}&step=2$`));
	await expect(
		presenter.getByRole('heading', { level: 2, name: 'The three Sectors' })
	).toBeVisible();
	await presenter.close();
});

test('a presenter window opened late (or reloaded) catches up with the audience', async ({
	page,
	context,
	axe
}) => {
	await page.goto(`graph/?v=1&sel=itu&depth=1&present=${DECK}:1`);
	await expect(page.getByRole('region', { name: 'Presentation' })).toContainText('Step 1 of 7');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(new RegExp(`present=${DECK}:2$`));
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(new RegExp(`present=${DECK}:3$`));

	// Opened with a stale step in its URL: it asks, the audience answers with step 3.
	const presenter = await context.newPage();
	await presenter.goto(`present/presenter/?deck=${DECK}&step=1`);
	await expect(
		presenter.getByRole('heading', { level: 2, name: 'Connect 2030 progress' })
	).toBeVisible();
	await expect(presenter.getByText('Step 3 of 7')).toBeVisible();

	// Opened with no deck at all: it waits, then shows the audience's step.
	await presenter.goto('present/presenter/');
	await expect(presenter.getByText('Step 3 of 7')).toBeVisible();
	await axe(presenter, 'presenter view joined late');
	await presenter.goto('present/presenter/?proj=1');
	await expect(presenter.getByText('Step 3 of 7')).toBeVisible();
	await axe(presenter, 'presenter view joined late, projector');

	// The audience moves on, after the reload too.
	await page.bringToFront();
	await page.keyboard.press('ArrowRight');
	await expect(presenter.getByText('Step 4 of 7')).toBeVisible();
	await presenter.close();
});

test('the presenter view follows the audience to a user deck', async ({ page, context }) => {
	await page.goto('graph/?v=1&sdg=9');
	await page.getByRole('button', { name: 'Add to my deck' }).click();
	await expect(page.getByText(/Added as step/)).toBeVisible();
	await expect.poll(() => savedSteps(page)).toEqual([1]);
	await page.goto(`graph/?v=1&sel=itu&depth=1&present=${DECK}:1`);

	const presenter = await context.newPage();
	await presenter.goto(`present/presenter/?deck=${DECK}&step=1`);
	await expect(presenter.getByRole('heading', { level: 2, name: 'ITU at a glance' })).toBeVisible();

	await page.bringToFront();
	await page.goto('graph/?v=1&sdg=9&present=my.my-deck:1');
	await expect(page.getByRole('region', { name: 'Presentation' })).toContainText('Step 1 of 1');
	await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Presenter view: My deck');
	await expect(presenter.getByRole('heading', { level: 2, name: 'Graph view' })).toBeVisible();
	await presenter.close();
});
