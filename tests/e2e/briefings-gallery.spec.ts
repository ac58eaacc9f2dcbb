/**
 * The Briefings page as a gallery (a card per deck with a picture, facts and actions), and the
 * PowerPoint export opened as the zip it is: slides, speaker notes, images and links.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { expect, test } from './fixtures';

const DECK = 'itu-in-10-minutes';
const TITLES = [
	'ITU at a glance',
	'The three Sectors',
	'Connect 2030 progress',
	'Internet use: target 1.2',
	'The WSIS: Geneva 2003, Tunis 2005',
	'SDG 9 and what serves it',
	'Giga: every school online'
];

test('the gallery shows each deck as a card with its picture, facts and actions', async ({
	page,
	axe
}) => {
	await page.goto('present/');
	await expect(page.getByText(/A briefing is a deck of live views/)).toBeVisible();
	await expect(page.getByText('data/briefings.csv')).toHaveCount(0);
	const card = page.getByRole('article', { name: 'ITU in 10 minutes' });
	await expect(card.getByText('7 steps: Graph, Targets and Timeline')).toBeVisible();
	await expect(card.locator('.thumb svg').first()).toBeVisible();
	for (const name of ['Present', 'Presenter view'])
		await expect(card.getByRole('button', { name, exact: true })).toBeEnabled();
	await expect(card.getByRole('link', { name: 'Handout' })).toHaveAttribute(
		'href',
		new RegExp(`present/\\?deck=${DECK}$`)
	);
	await expect(card.getByRole('button', { name: /^PowerPoint/ })).toBeEnabled();
	// My decks, empty: one way to start.
	await expect(page.getByText(/No deck of your own yet/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Start from the graph' })).toBeVisible();
	await axe(page, 'present/ gallery');

	await card.getByRole('button', { name: 'Present', exact: true }).click();
	await expect(page.getByRole('region', { name: 'Presentation' })).toContainText('Step 1 of 7');
});

test('Presenter view opens the notes window and presents step 1 here', async ({ page }) => {
	await page.goto('present/');
	const card = page.getByRole('article', { name: 'ITU in 10 minutes' });
	const [presenter] = await Promise.all([
		page.waitForEvent('popup'),
		card.getByRole('button', { name: 'Presenter view' }).click()
	]);
	await expect(presenter).toHaveURL(/present\/presenter\/\?deck=itu-in-10-minutes&step=1$/);
	await expect(page.getByRole('region', { name: 'Presentation' })).toContainText('Step 1 of 7');
	await presenter.close();
});

test('PowerPoint export: a title slide and 7 step slides with figures, notes and live links', async ({
	page
}) => {
	test.slow();
	await page.goto('present/');
	const card = page.getByRole('article', { name: 'ITU in 10 minutes' });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		card.getByRole('button', { name: /^PowerPoint/ }).click()
	]);
	expect(download.suggestedFilename()).toMatch(
		/^itu-in-10-minutes-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.pptx$/
	);
	await expect(card.getByRole('status')).toHaveText(`Saved ${download.suggestedFilename()}.`);
	const zip = await JSZip.loadAsync(await readFile((await download.path())!));
	const text = (name: string) => zip.file(name)!.async('string');

	const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
	expect(slides).toHaveLength(8);
	const pres = await text('ppt/presentation.xml');
	// 16:9: 13.333 × 7.5 inches in EMU.
	expect(pres).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);

	expect(await text('ppt/slides/slide1.xml')).toContain('ITU in 10 minutes');
	for (let i = 0; i < TITLES.length; i++) {
		const n = i + 2;
		const xml = await text(`ppt/slides/slide${n}.xml`);
		expect(xml, `slide ${n}`).toContain(TITLES[i]!.replace(/&/g, '&amp;'));
		expect(xml, `slide ${n}`).toContain('ITU Atlas data version');
		const rels = await text(`ppt/slides/_rels/slide${n}.xml.rels`);
		// The live link, a hyperlink to the step's view under the app's path.
		expect(rels, `slide ${n} link`).toMatch(
			/Type="[^"]*\/hyperlink" Target="http:\/\/localhost:\d+\/atlas\/(graph|targets|timeline)\/\?v=1/
		);
		// The figure (SVG, with its PNG fallback) and the QR code.
		expect(rels.match(/\.svg"/g)?.length ?? 0, `slide ${n} svg images`).toBeGreaterThanOrEqual(2);
		const notesRel = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels);
		expect(notesRel, `slide ${n} notes`).not.toBeNull();
		const notes = await text(`ppt/notesSlides/${notesRel![1]}`);
		expect(notes.length, `slide ${n} notes`).toBeGreaterThan(0);
	}
	// Step 4's notes, as in data/briefings.csv.
	const rels4 = await text('ppt/slides/_rels/slide5.xml.rels');
	const notes4 = await text(
		`ppt/notesSlides/${/notesSlides\/(notesSlide\d+\.xml)/.exec(rels4)![1]}`
	);
	expect(notes4).toContain('Target 1.2: by 2023, 70% of individuals worldwide');
	expect(rels4).toContain('/atlas/targets/?v=1&amp;sel=c2030-1.2');
	// Every part is well-formed XML (an unescaped `&` makes PowerPoint offer to repair the file).
	const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
	const xml = await Promise.all(parts.map(text));
	const broken = await page.evaluate(
		([names, texts]) =>
			names.filter((_, i) =>
				new DOMParser().parseFromString(texts[i]!, 'application/xml').querySelector('parsererror')
			),
		[parts, xml] as const
	);
	expect(broken).toEqual([]);
	const media = Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/'));
	expect(media.some((n) => n.endsWith('.svg'))).toBe(true);
	expect(media.some((n) => n.endsWith('.png'))).toBe(true);
	console.log(`pptx: ${(await readFile((await download.path())!)).length} bytes`);
});
