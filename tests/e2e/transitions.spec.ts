import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const STEP6 = 'graph/?v=1&sel=sdg-9.c&depth=1&present=itu-in-10-minutes:6';
const STEP7 = 'graph/?v=1&sel=giga&depth=1&present=itu-in-10-minutes:7';

const graph = (page: Page) => page.getByRole('application', { name: 'Organisation graph' });

/** The graph's camera as the canvas exposes it: scale and the graph point at the centre. */
async function camera(page: Page) {
	const v = await graph(page).getAttribute('data-camera');
	const [k, x, y] = (v ?? '').split(',').map(Number);
	return { k: k!, x: x!, y: y! };
}

/** How far apart two cameras are: 0 when they show the same view (scale and on-screen offset). */
function distance(a: { k: number; x: number; y: number }, b: { k: number; x: number; y: number }) {
	return Math.max(Math.abs(a.k / b.k - 1), (Math.hypot(a.x - b.x, a.y - b.y) * b.k) / 100);
}

/** The camera a state gets when the page opens on it (placed at once, no animation). */
async function cameraOnLoad(page: Page, url: string) {
	await page.goto(url);
	// The prerendered page carries a default camera (goto returns once the page runs, and the
	// camera is placed once the graph has its size).
	await expect(graph(page)).toHaveAttribute('data-camera', /^[\d.]+,/);
	await expect(graph(page)).not.toHaveAttribute('data-camera', '1.000,0.0,0.0');
	return settled(page);
}

/** The camera once two reads in a row agree (the panel, the layout and the fit are in place). */
async function settled(page: Page) {
	await expect(page.getByText(/Settling the layout/)).toHaveCount(0, { timeout: 15_000 });
	let last = await camera(page);
	await expect
		.poll(async () => {
			const now = await camera(page);
			const d = distance(now, last);
			last = now;
			return d;
		})
		.toBe(0);
	return last;
}

test('stepping graph → graph glides the camera to the next step; Back to step and history restore it', async ({
	page
}) => {
	test.slow();
	const at7 = await cameraOnLoad(page, STEP7);
	const at6 = await cameraOnLoad(page, STEP6);
	expect(distance(at6, at7)).toBeGreaterThan(0.05);

	// Next: the same route, only the query changes; the camera goes to Giga's neighbourhood.
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page).toHaveURL(/sel=giga/);
	await expect.poll(async () => distance(await camera(page), at7)).toBeLessThan(0.01);

	// The presenter zooms in: the view drifts from the step and the zoom goes into the URL.
	await graph(page).focus();
	await page.keyboard.press('+');
	await expect(page).toHaveURL(/[?&]zoom=/);
	// Writing the zoom into the URL does not move the camera (no feedback loop).
	const zoomed = await settled(page);
	expect(distance(zoomed, at7)).toBeGreaterThan(0.3);

	// Back to step: the step's exact camera again.
	await page.getByRole('button', { name: 'Back to step' }).click();
	await expect(page).not.toHaveURL(/zoom=/);
	await expect.poll(async () => distance(await camera(page), at7)).toBeLessThan(0.01);

	// The browser's Back returns to the zoomed view (its zoom is in that history entry).
	await page.goBack();
	await expect(page).toHaveURL(/[?&]zoom=/);
	await expect.poll(async () => distance(await camera(page), zoomed)).toBeLessThan(0.02);

	// And Previous goes back to step 6's fit of target 9.c's neighbourhood.
	await page.getByRole('button', { name: 'Previous' }).click();
	await expect(page).toHaveURL(/sel=sdg-9\.c/);
	await expect.poll(async () => distance(await camera(page), at6)).toBeLessThan(0.05);
});

test("the page's own changes (a filter, the focus depth) frame what they show, as the link loaded fresh does", async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const before = await cameraOnLoad(page, 'graph/?v=1&sel=itu-d');
	await page.getByRole('button', { name: /^Filters and legend/ }).click();
	await page.getByRole('checkbox', { name: /ITU-D \(Development\)/ }).check();
	await expect(page).toHaveURL(/[?&]sector=itu-d(&|$)/);
	await page.getByRole('button', { name: /^Filters and legend/ }).click();
	await page.getByLabel('Focus', { exact: true }).selectOption('1');
	await expect(page).toHaveURL(/[?&]depth=1(&|$)/);
	const after = await settled(page);
	// The camera moved to the focused neighbourhood: the same as opening that link.
	expect(distance(after, before)).toBeGreaterThan(0.05);
	expect(distance(await cameraOnLoad(page, page.url()), after)).toBeLessThan(0.01);
});

test('with reduced motion, a step change applies the new camera at once, without errors', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const at7 = await cameraOnLoad(page, STEP7);
	await cameraOnLoad(page, STEP6);
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page).toHaveURL(/sel=giga/);
	await expect.poll(async () => distance(await camera(page), at7)).toBeLessThan(0.01);
	await expect(page.getByRole('region', { name: /Giga/ })).toBeVisible();
});

/** The years in view, as the timeline's text alternative gives them. */
async function yearsInView(page: Page): Promise<[number, number]> {
	const text = (await page.locator('details.alt summary').textContent()) ?? '';
	const m = /\((\d{4})–(\d{4})\)/.exec(text);
	return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

test('the timeline window follows a year range set from outside, not the user’s own brushing', async ({
	page
}) => {
	await page.goto('timeline/?v=1&sel=wsis-2003&years=2003-2005&present=itu-in-10-minutes:5');
	// The step opens on its years, with a margin either side.
	await expect.poll(() => yearsInView(page)).toEqual([2002, 2006]);

	// The presenter sets other years with the fields: the window stays where it is.
	await page.getByLabel('From').fill('1990');
	await page.getByLabel('to', { exact: true }).fill('2000');
	await page.getByRole('button', { name: 'Set years' }).click();
	await expect(page).toHaveURL(/years=1990-2000/);
	await expect.poll(() => yearsInView(page)).toEqual([2002, 2006]);
	await page.getByRole('button', { name: 'Show all' }).click();
	await expect.poll(() => yearsInView(page)).toEqual([1865, 2030]);

	// Back to step: the step's years again, and its window.
	await page.getByRole('button', { name: 'Back to step' }).click();
	await expect(page).toHaveURL(/years=2003-2005/);
	await expect.poll(() => yearsInView(page)).toEqual([2002, 2006]);

	// The browser's Back brings 1990–2000 from the history: the window goes there.
	await page.goBack();
	await expect(page).toHaveURL(/years=1990-2000/);
	await expect
		.poll(async () => {
			const [a, b] = await yearsInView(page);
			return a <= 1990 && b >= 2000 && b - a < 20;
		})
		.toBe(true);
});
