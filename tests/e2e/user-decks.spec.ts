import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test('My decks: add the graph view, edit, reload, delete and undo, export, import errors', async ({
	page,
	axe
}) => {
	test.slow();
	await page.goto('graph/?v=1&sdg=9');
	const description = await page.getByTestId('view-description').textContent();
	await page.getByRole('button', { name: 'Add to my deck' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Added as step 1 of “My deck”' })
	).toBeVisible();

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
	for (const q of ['v=1&sdg=9', 'v=1&type=sector']) {
		await page.goto(`graph/?${q}`);
		await page.getByRole('button', { name: 'Add to my deck' }).click();
		await expect(page.getByText(/Added as step/)).toBeVisible();
	}
	await page.goto('present/');
	await page.getByLabel('Title of step 2').fill('Second');
	await page.getByRole('button', { name: 'Move step 2 up' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Title of step 1')).toHaveValue('Second');
	await expect(page.getByRole('button', { name: 'Move step 2 down' })).toBeDisabled();
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Title of step 2')).toHaveValue('Second');
});
