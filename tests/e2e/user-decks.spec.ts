import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { savedSteps } from './savedDecks';

test('My decks: add the graph view, edit, reload, delete and undo, export, import errors', async ({
	page,
	axe
}) => {
	test.slow();
	await page.goto('graph/?v=1&sdg=9');
	await expect(page.getByTestId('view-description')).toContainText('SDG 9');
	const description = await page.getByTestId('view-description').textContent();
	await page.getByRole('button', { name: 'Add to my deck' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Added as step 1 of “My deck”' })
	).toBeVisible();
	// The step is saved to IndexedDB asynchronously: wait for it before loading another page.
	await expect.poll(() => savedSteps(page)).toEqual([1]);

	await page.goto('present/');
	const deck = page.getByTestId('user-deck');
	await expect(deck.getByRole('heading', { name: 'My deck' })).toBeVisible();
	await expect(deck.getByRole('link', { name: 'Open step 1 (graph)' })).toHaveAttribute(
		'href',
		/\/atlas\/graph\/\?v=1&sdg=9$/
	);
	await expect(deck.getByLabel('Notes of step 1')).toHaveValue(description ?? '');
	await deck.getByLabel('Title of step 1').fill('SDG 9 in the graph');
	await axe(page, 'present/ with a user deck');

	await page.reload();
	await expect(page.getByLabel('Title of step 1')).toHaveValue('SDG 9 in the graph');

	await page.getByRole('button', { name: 'Delete step 1' }).click();
	await expect(page.getByTestId('user-step')).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByLabel('Title of step 1')).toHaveValue('SDG 9 in the graph');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	const csv = await readFile((await (await download).path())!, 'utf8');
	expect(csv).toContain('SDG 9 in the graph');
	expect(csv.split('\n')[0]).toBe(
		'deck,deck_title,step,title,notes,view,state,status,status_note,source'
	);

	const broken = csv.replace(',graph,', ',nowhere,');
	await page.getByLabel('Import CSV').setInputFiles({
		name: 'broken.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(broken)
	});
	await expect(page.getByTestId('import-errors')).toContainText(/broken\.csv:2:view — /);

	await page.getByLabel('Import CSV').setInputFiles({
		name: 'good.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(csv)
	});
	await expect(page.getByTestId('user-deck')).toHaveCount(2);
	await axe(page, 'present/ after import');
});

test('My decks: steps move up and down with the keyboard', async ({ page }) => {
	for (const [i, q] of ['v=1&sdg=9', 'v=1&type=sector'].entries()) {
		await page.goto(`graph/?${q}`);
		await page.getByRole('button', { name: 'Add to my deck' }).click();
		await expect(page.getByText(/Added as step/)).toBeVisible();
		// Saved asynchronously: wait for IndexedDB before loading the next page.
		await expect.poll(() => savedSteps(page)).toEqual([i + 1]);
	}
	await page.goto('present/');
	await page.getByLabel('Title of step 2').fill('Second');
	await page.getByRole('button', { name: 'Move step 2 up' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Title of step 1')).toHaveValue('Second');
	await expect(page.getByText('Step 2 moved to position 1.')).toBeAttached();
	await expect(page.getByRole('button', { name: 'Move step 2 down' })).toBeDisabled();
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Title of step 2')).toHaveValue('Second');
});

/** Builds "My deck" from these views (path and query), one "Add to my deck" each. */
async function buildDeck(page: Page, views: readonly (readonly [string, string])[]) {
	for (const [i, [path, q]] of views.entries()) {
		await page.goto(`${path}?${q}`);
		await page.getByRole('button', { name: 'Add to my deck' }).click();
		await expect(page.getByText(/Added as step/)).toBeVisible();
		await expect.poll(() => savedSteps(page)).toEqual([i + 1]);
	}
}

const MINE = [
	['graph/', 'v=1&sdg=9'],
	['timeline/', 'v=1&years=2003-2005'],
	['targets/', 'v=1&sel=c2030-1.2']
] as const;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mineUrl = (i: number) =>
	new RegExp(`/atlas/${esc(MINE[i]![0])}\\?${esc(MINE[i]![1])}&present=my\\.my-deck:${i + 1}$`);

test('a user deck presents like a shipped one: every step with the keyboard, handout, Esc', async ({
	page,
	axe
}) => {
	test.slow();
	await buildDeck(page, MINE);
	await page.goto('present/');
	await page.getByLabel('Title of step 2').fill('WSIS years');
	await page.getByRole('button', { name: 'Present “My deck”' }).click();

	const bar = page.getByRole('region', { name: 'Presentation' });
	for (let i = 0; i < MINE.length; i++) {
		await expect(page).toHaveURL(mineUrl(i));
		await expect(bar).toContainText(`Step ${i + 1} of 3`);
		if (i === 1) await expect(bar).toContainText('WSIS years');
		if (i === 0) await expect(page.getByTestId('view-description')).toContainText('SDG 9');
		if (i === 0) await axe(page, 'presenting a user deck');
		if (i < MINE.length - 1) await page.keyboard.press(i ? 'PageDown' : 'ArrowRight');
	}
	await page.keyboard.press('Home');
	await expect(page).toHaveURL(mineUrl(0));
	await page.keyboard.press('End');
	await expect(page).toHaveURL(mineUrl(2));
	await page.keyboard.press('2');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(mineUrl(1));
	// Drill away, then back to the step's exact state.
	await page.goto('timeline/?v=1&years=1990-2000&present=my.my-deck:2');
	await page.getByRole('button', { name: 'Back to step' }).click();
	await expect(page).toHaveURL(mineUrl(1));

	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/atlas\/present\/\?deck=my\.my-deck$/);
	await expect(page.getByRole('heading', { level: 1, name: 'My deck' })).toBeVisible();
	await expect(page.getByTestId('handout-step')).toHaveCount(3);
	await expect(page.getByText('Your own deck, saved in this browser')).toBeVisible();
	await axe(page, 'user deck page');
	await page.goto('present/?deck=my.my-deck&proj=1');
	await expect(page.getByTestId('handout-step')).toHaveCount(3);
	await axe(page, 'user deck page, projector');
	await page.goto(`${MINE[0][0]}?${MINE[0][1]}&proj=1&present=my.my-deck:1`);
	await expect(bar).toContainText('Step 1 of 3');
	await axe(page, 'presenting a user deck, projector');
});

test('a user deck that is not in this browser is named as missing', async ({ page }) => {
	await page.goto('graph/?v=1&sdg=9&present=my.gone:1');
	const bar = page.getByRole('region', { name: 'Presentation' });
	await expect(bar).toContainText('No briefing “my.gone”');
	await page.goto('present/?deck=my.gone');
	await expect(
		page.getByText(/No briefing “my\.gone” in the decks saved in this browser/)
	).toBeVisible();
	await page.goto('present/presenter/?deck=my.gone&step=1');
	await expect(page.getByText(/No briefing “my\.gone” in the decks saved/)).toBeVisible();

	// A deck with no step yet cannot be presented, and says why.
	await page.goto('present/');
	await page.getByRole('button', { name: 'Create a deck' }).click();
	await expect(page.getByRole('button', { name: 'Present “My deck”' })).toBeDisabled();
	await expect.poll(() => savedSteps(page)).toEqual([0]);
	await page.goto('graph/?v=1&present=my.my-deck:1');
	await expect(bar).toContainText('“My deck” has no step yet.');
});

test('My decks: drag a step by its handle to a new place; the order survives a reload', async ({
	page,
	axe
}) => {
	await page.setViewportSize({ width: 1280, height: 1400 });
	await buildDeck(page, MINE);
	await page.goto('present/');
	const titles = () =>
		page
			.getByLabel(/^Title of step \d/)
			.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
	await expect.poll(titles).toEqual(['Graph view', 'Timeline view', 'Targets view']);
	await axe(page, 'present/ with drag handles');

	// Drag step 3 above step 1 (both in view: the mouse does not scroll; the deck cards have
	// pictures since issue 15, so the steps sit lower on the page).
	const handle = page.getByTestId('drag-handle').nth(2);
	await handle.scrollIntoViewIfNeeded();
	const from = (await handle.boundingBox())!;
	const to = (await page.getByTestId('user-step').first().boundingBox())!;
	await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
	await page.mouse.down();
	await page.mouse.move(from.x + from.width / 2, to.y + 5, { steps: 8 });
	await page.mouse.up();
	await expect.poll(titles).toEqual(['Targets view', 'Graph view', 'Timeline view']);
	await expect(page.getByText('Step 3 moved to position 1.')).toBeAttached();

	await page.reload();
	await expect.poll(titles).toEqual(['Targets view', 'Graph view', 'Timeline view']);
});

test('import: a deck naming what the dataset lacks is refused with located errors', async ({
	page
}) => {
	await page.goto('present/');
	const csv = [
		'deck,deck_title,step,title,notes,view,state,status,status_note,source',
		'mine,Mine,1,One,n,graph,v=1&sel=no-such-node,unverified,,user',
		'mine,Mine,2,Two,n,targets,v=1&fw=connect-2099,unverified,,user'
	].join('\n');
	await page.getByLabel('Import CSV').setInputFiles({
		name: 'mine.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(csv)
	});
	const errors = page.getByTestId('import-errors');
	await expect(errors).toContainText('mine.csv:2:state — sel=no-such-node: "no-such-node" is not');
	await expect(errors).toContainText(
		'mine.csv:3:state — fw=connect-2099: "connect-2099" is not an id in frameworks.csv'
	);
	await expect(page.getByTestId('user-deck')).toHaveCount(0);
});
