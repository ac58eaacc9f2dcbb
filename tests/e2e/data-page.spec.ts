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

test('"Download what you see" saves the searched rows, the user\'s own included, with version and date', async ({
	page
}) => {
	await page.goto('data/?table=entities');
	await page.getByLabel('Choose CSV files…').setInputFiles({
		name: 'my-entities.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			'id,name,type,sector,status,source\nzz-user-initiative,Zz user initiative,initiative,ITU-D,unverified,seed-001\n'
		)
	});
	await expect(page.getByText('No problems found.')).toBeVisible();
	await page.getByLabel('Search entities').fill('initiative');
	const button = page.getByRole('button', { name: /^Download what you see \(\d+ rows?\)$/ });
	const shown = Number(/\((\d+) rows?\)/.exec((await button.textContent()) ?? '')![1]);
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	expect(file.suggestedFilename()).toMatch(/^entities-search-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.csv$/);
	const text = Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8');
	const lines = text.trim().split(/\r\n/);
	expect(lines[0]).toMatch(/^id,name,type,.*,status,status_note,source$/);
	expect(lines).toHaveLength(shown + 1);
	expect(lines.some((l) => l.startsWith('zz-user-initiative,Zz user initiative,initiative'))).toBe(
		true
	);
	expect(lines.slice(1).every((l) => /initiative/i.test(l))).toBe(true);
});

test('a Latin-1 file dropped here is an error at its row and column, not silently altered', async ({
	page
}) => {
	await page.goto('data/');
	const text =
		'id,name,type,status,source\nexample-x,Télécommunications (Genève),initiative,unverified,seed-001\n';
	await page.getByLabel('Choose CSV files…').setInputFiles({
		name: 'my-entities.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(text, 'latin1')
	});
	const problems = page.getByRole('list', { name: 'Problems in my-entities.csv' });
	await expect(
		problems.getByText(/^my-entities\.csv \(→ entities\.csv\):2:name — "T.l.communications/)
	).toBeVisible();
	await expect(problems).toContainText('Latin-1 / Windows-1252');
	await expect(problems).toContainText('CSV UTF-8');
});

test('when the browser cannot store files, the page says so and offers them for download', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', {
			get() {
				throw new DOMException(
					'The user denied permission to access the database.',
					'SecurityError'
				);
			}
		});
	});
	await page.goto('data/');
	await page.getByLabel('Choose CSV files…').setInputFiles({
		name: 'my-entities.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			'id,name,type,status,source\nexample-y,Example,initiative,unverified,seed-001\n'
		)
	});
	const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
	await expect(alert).toContainText(
		'Not saved: this browser does not let ITU Atlas store data (private browsing, or storage is blocked), so your files will be gone after a reload.'
	);
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		alert.getByRole('button', { name: 'Download my-entities.csv' }).click()
	]);
	expect(file.suggestedFilename()).toBe('my-entities.csv');
	const saved = Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8');
	expect(saved).toContain('example-y,Example,initiative');
});

test('on a phone each row is a card and sources are a count that opens', async ({ page, axe }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('data/?table=entities');
	const region = page.getByRole('region', { name: 'Entities table' });
	const first = region.getByRole('row').nth(1);
	const box = await first.boundingBox();
	expect(box!.width).toBeLessThanOrEqual(390);
	const sources = first
		.getByRole('group')
		.filter({ hasText: /^\d+ sources?/ })
		.first();
	await expect(first.getByText(/^\d+ sources?$/)).toBeVisible();
	await first.getByText(/^\d+ sources?$/).click();
	await expect(sources.getByRole('listitem').first()).toBeVisible();
	await expect(region).not.toContainText('.txt)');
	await axe(page, 'data page on a phone');
});
