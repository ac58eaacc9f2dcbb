import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const graph = (page: Page) => page.getByRole('application', { name: 'Organisation graph' });
type Point = { x: number; y: number };

/** Fingers down at `from`, moved in steps to `to`, lifted (Chromium touch events over CDP). */
async function gesture(cdp: CDPSession, from: Point[], to: Point[], steps = 8) {
	const at = (s: number) =>
		from.map((p, id) => ({
			id,
			x: p.x + ((to[id]!.x - p.x) * s) / steps,
			y: p.y + ((to[id]!.y - p.y) * s) / steps
		}));
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
	for (let s = 1; s <= steps; s++)
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(s) });
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const zoomOf = (url: string) => {
	const m = /[?&]zoom=([\d.]+),(-?\d+),(-?\d+)/.exec(url);
	return m ? { k: +m[1]!, x: +m[2]!, y: +m[3]! } : null;
};

test('touch: tap selects, tap on empty space clears, the sheet drags, pinch zooms, one finger pans', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('graph/');
	const cdp = await page.context().newCDPSession(page);
	// The search puts ITU at the centre of the graph (and its zoom in the URL).
	const search = page.getByRole('combobox', { name: 'Search' });
	await search.fill('International Telecommunication Union');
	await search.press('Enter');
	const panel = page.getByRole('region', { name: 'International Telecommunication Union' });
	await expect(panel).toBeVisible();
	await expect(page).toHaveURL(/[?&]sel=itu&.*zoom=/);

	// The details are a bottom sheet: drag its handle down to the lowest stop.
	const handle = page.getByRole('separator', { name: 'Resize details' });
	await expect(handle).toHaveAttribute('aria-valuenow', '55');
	const h = (await handle.boundingBox())!;
	const grip = { x: h.x + h.width / 2, y: h.y + h.height / 2 };
	await gesture(cdp, [grip], [{ x: grip.x, y: grip.y + 250 }]);
	await expect(handle).toHaveAttribute('aria-valuenow', '30');

	// A tap on empty space (a corner of the graph) clears the selection.
	const box = (await graph(page).boundingBox())!;
	const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	await page.touchscreen.tap(box.x + 6, box.y + 6);
	await expect(panel).toBeHidden();
	await expect(page).not.toHaveURL(/sel=/);
	// A tap on ITU, at the centre, selects it again.
	await page.touchscreen.tap(centre.x, centre.y);
	await expect(panel).toBeVisible();
	await expect(page).toHaveURL(/[?&]sel=itu(&|$)/);
	await page.getByRole('separator', { name: 'Resize details' }).focus();
	await page.keyboard.press('Home');
	const before = zoomOf(page.url())!;

	// Two fingers apart: the graph zooms in (the URL follows once they stop).
	const scrolled = await page.evaluate(() => window.scrollY);
	await gesture(
		cdp,
		[
			{ x: centre.x - 30, y: centre.y - 120 },
			{ x: centre.x + 30, y: centre.y - 120 }
		],
		[
			{ x: centre.x - 110, y: centre.y - 120 },
			{ x: centre.x + 110, y: centre.y - 120 }
		]
	);
	await expect.poll(() => zoomOf(page.url())?.k ?? 0).toBeGreaterThan(before.k * 1.5);
	const pinched = zoomOf(page.url())!;

	// One finger from empty space pans; the page itself does not scroll.
	const corner = { x: box.x + 8, y: box.y + 8 };
	await gesture(cdp, [corner], [{ x: corner.x + 120, y: corner.y + 60 }]);
	await expect.poll(() => zoomOf(page.url())?.x).not.toBe(pinched.x);
	expect(zoomOf(page.url())!.k).toBeCloseTo(pinched.k, 1);
	expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});
