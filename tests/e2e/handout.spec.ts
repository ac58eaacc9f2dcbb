import { factValues, rows } from './dataset';
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

/** The number of pages in a PDF. */
const pageCount = (pdf: Buffer) =>
	(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test('each step of the deck has its figure, its filters and a QR code, and prints on A4 and Letter', async ({
	page,
	axe
}) => {
	await page.goto(`present/?deck=${DECK}`);
	const steps = page.getByTestId('handout-step');
	await expect(steps).toHaveCount(7);
	const figures: [number, RegExp, RegExp][] = [
		[
			0,
			/^Organisation graph: \d+ of \d+ nodes drawn .*the focus bright/,
			/^Focused on International Telecommunication Union, 1 step around it$/
		],
		[1, /^Organisation graph: 3 of \d+ nodes drawn/, /^Of type sector$/],
		[2, /^Connect 2030 .*targets by status, as of \d{4}\.$/, /^Framework Connect 2030/],
		[3, /^Chart of target 1\.2: World, \d+ values/, /selected$/],
		[
			4,
			/^Timeline 1999 to 2009: \d+ of the \d+ items, in \d+ lanes, 2003 to 2005 highlighted \(expected recurrences are not drawn\)\.$/,
			/^Years 2003 to 2005 highlighted$/
		]
	];
	for (const [i, figure, filter] of figures) {
		const step = steps.nth(i);
		await expect(step.getByRole('figure', { name: figure })).toBeVisible();
		await expect(step.getByTestId('step-filters').getByRole('listitem').first()).toHaveText(filter);
		await expect(step.getByRole('img', { name: 'QR code of the live view link' })).toBeVisible();
	}
	// The graph figures draw nodes; the timeline highlights the WSIS years.
	await expect(steps.nth(1).getByRole('figure').locator('svg path')).not.toHaveCount(0);
	await expect(steps.nth(4).getByRole('figure')).toContainText('WSIS');
	await axe(page, 'deck page with figures');

	await page.emulateMedia({ media: 'print' });
	expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(7);
	expect(pageCount(await page.pdf({ format: 'Letter' }))).toBe(7);
});

test('a dark screen still prints the figures and text in paper colours', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(`present/?deck=${DECK}`);
	const figure = page.getByTestId('handout-step').nth(1).getByRole('figure');
	await expect(figure).toBeVisible();
	expect(await figure.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
		'rgb(255, 255, 255)'
	);
	// Printed, the step's text is dark ink too (browsers drop the dark page background).
	await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
	const notes = page
		.getByTestId('handout-step')
		.nth(1)
		.getByText(/^ITU works through/);
	expect(await notes.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(22, 32, 43)');
});

test('the handout of the current view: from the graph with a filter to one printed page', async ({
	page,
	axe
}) => {
	await page.goto('graph/?v=1&sector=itu-d&proj=1');
	const link = page.getByRole('link', { name: 'Handout' });
	await expect(link).toHaveAttribute('href', /handout\/graph\/\?v=1&sector=itu-d$/);
	await link.click();
	await expect(page).toHaveURL(/\/atlas\/handout\/graph\/\?v=1&sector=itu-d$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Handout: Organisation graph');
	await expect(page.getByRole('figure', { name: /^Organisation graph: \d+ of/ })).toBeVisible();
	await expect(page.getByTestId('step-filters')).toContainText('In ITU-D');
	await expect(page.getByRole('img', { name: 'QR code of the live view link' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Back to the live view' })).toHaveAttribute(
		'href',
		/graph\/\?v=1&sector=itu-d$/
	);
	await expect(page.getByTestId('handout-step')).toContainText('Data version');
	await axe(page, 'handout of the graph view');

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);
	expect(pageCount(await page.pdf({ format: 'Letter' }))).toBe(1);
});

test('the handouts of the home and data views have no figure and no filters', async ({ page }) => {
	await page.goto('handout/data/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Handout: Data');
	await expect(page.getByTestId('handout-step')).toContainText('Data version');
	await expect(page.getByRole('figure')).toHaveCount(0);
	await expect(page.getByTestId('step-filters')).toHaveCount(0);
	await expect(page.getByRole('img', { name: 'QR code of the live view link' })).toBeVisible();
});

test('the data page links to its handout, which describes the table shown', async ({ page }) => {
	await page.goto('data/?table=facts');
	await expect(page.getByTestId('view-description')).toContainText('Showing the Facts table');
	await page.getByRole('link', { name: 'Handout', exact: true }).click();
	await expect(page).toHaveURL(/\/atlas\/handout\/data\/\?v=1&table=facts$/);
	await expect(page.getByTestId('step-description')).toContainText(
		`Showing the Facts table (${rows('facts').length} rows).`
	);
	await page.goto('handout/home/');
	await expect(page.getByTestId('step-description')).toContainText(
		`Member States: ${factValues('member_states').join(' or ')} (sources disagree)`
	);
});
