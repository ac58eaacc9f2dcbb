import { expect, test } from './fixtures';

const count = async (page: import('@playwright/test').Page, table: string) => {
	const text = await page.getByRole('button', { name: new RegExp(`^${table} \\d+`) }).textContent();
	return Number(/(\d+)/.exec(text ?? '')?.[1]);
};

test('every table is browsable with its sources and statuses', async ({ page }) => {
	await page.goto('data/');
	await page.getByRole('button', { name: /^Entities \d+/ }).click();
	const table = page.getByRole('region', { name: 'Entities table' });
	await expect(table.getByRole('columnheader', { name: 'Status' })).toBeVisible();
	await expect(table.getByRole('columnheader', { name: 'Sources' })).toBeVisible();
	await page.getByLabel('Search entities').fill('Telecommunication Development Sector');
	await expect(
		table.getByRole('cell', { name: 'Telecommunication Development Sector', exact: true })
	).toBeVisible();
	await expect(page).toHaveURL(/table=entities/);
	await expect(page).toHaveURL(/q=Telecommunication/);
	await page.getByRole('button', { name: /^Sources \d+/ }).click();
	await expect(page.getByRole('region', { name: 'Sources table' })).toBeVisible();
});

test('a table downloads as CSV', async ({ page }) => {
	await page.goto('data/?table=sdgs');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download sdgs.csv' }).click()
	]);
	// Saved under a name with the data version and build date.
	expect(download.suggestedFilename()).toMatch(/^sdgs-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.csv$/);
	const text = await (await download.createReadStream()).toArray();
	expect(Buffer.concat(text).toString('utf8')).toMatch(/^id,number,short_name/);

	// Loaded back under that name, it replaces the table (no duplicate ids from adding its rows).
	await page.getByLabel('Choose CSV files…').setInputFiles({
		name: download.suggestedFilename(),
		mimeType: 'text/csv',
		buffer: Buffer.concat(text)
	});
	await expect(page.getByText('No problems found.')).toBeVisible();
	await expect.poll(() => count(page, 'SDGs')).toBe(17);
});

test('a broken CSV shows located errors; a good one updates the counts and survives a reload', async ({
	page,
	axe
}) => {
	await page.goto('data/');
	const before = await count(page, 'Entities');
	const picker = page.getByLabel('Choose CSV files…');

	await picker.setInputFiles({
		name: 'entities.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('id,name,type,status,source\nBad Id,Example,comittee,verified,seed-001\n')
	});
	const problems = page.getByRole('list', { name: 'Problems in entities.csv' });
	await expect(problems.getByText(/entities\.csv:2:id — /)).toBeVisible();
	await expect(problems.getByText(/entities\.csv:2:type — /)).toBeVisible();
	await expect(
		page.getByRole('status').filter({ hasText: 'showing the embedded dataset' })
	).toBeVisible();
	await axe(page, 'data page with errors');
	await page.getByRole('button', { name: 'Remove entities.csv' }).click();

	await picker.setInputFiles({
		name: 'my-entities.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			'id,name,type,sector,status,source\r\nexample-initiative,"Example initiative, added by a user",initiative,ITU-D,unverified,seed-001\r\n'
		)
	});
	await expect(page.getByText('No problems found.')).toBeVisible();
	await expect.poll(() => count(page, 'Entities')).toBe(before + 1);
	await expect(page.getByText(/combined with your 1 file/)).toBeVisible();

	await page.reload();
	await expect.poll(() => count(page, 'Entities')).toBe(before + 1);
	await page.getByRole('button', { name: 'Restore the embedded dataset' }).click();
	await expect.poll(() => count(page, 'Entities')).toBe(before);
});

test('a whole synthetic dataset loads through the data page and shows in the graph', async ({
	page
}) => {
	const { makeSyntheticDataset } = await import('../../scripts/synthetic');
	const files = makeSyntheticDataset({ nodes: 300, seed: 7 });
	const entities = files['entities.csv']!.trim().split('\n').length - 1;
	await page.goto('data/');
	await page.getByLabel('Choose CSV files…').setInputFiles(
		Object.entries(files).map(([name, text]) => ({
			name,
			mimeType: 'text/csv',
			buffer: Buffer.from(text)
		}))
	);
	await expect(page.getByText(/combined with your \d+ files/)).toBeVisible({ timeout: 20_000 });
	await expect.poll(() => count(page, 'Entities')).toBe(entities);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Graph' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.goto('data/');
	await page.getByRole('button', { name: 'Restore the embedded dataset' }).click();
	await expect(page.getByText(/combined with your/)).toHaveCount(0);
});
