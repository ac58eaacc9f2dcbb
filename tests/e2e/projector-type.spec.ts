import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Projector mode at 1920×1080 (a 1280×720 CSS viewport at 1.5× zoom, as in scripts/screenshots.mjs):
// no text of a chart, legend or caption is drawn under 18 CSS pixels.
test.use({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1.5 });

const MIN_PX = 18;

/**
 * The drawn size of every visible text inside `scope`, in CSS pixels: an SVG text's font size
 * times its SVG's scale on screen (a viewBox scales type), an HTML element's own font size.
 * Returns the smallest ones with their text, so a failure names them.
 */
async function smallest(scope: Locator): Promise<{ px: number; text: string }[]> {
	const sizes = await scope.evaluateAll((roots) => {
		const out: { px: number; text: string }[] = [];
		for (const root of roots)
			for (const el of [root, ...root.querySelectorAll('*')]) {
				const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
				if (!own) continue;
				const box = el.getBoundingClientRect();
				if (!box.width || !box.height) continue;
				const style = getComputedStyle(el);
				if (style.visibility === 'hidden' || el.closest('.sr-only')) continue;
				let px = parseFloat(style.fontSize);
				if (el instanceof SVGTextElement || el instanceof SVGTSpanElement) {
					const m = el.getScreenCTM();
					if (m) px *= Math.hypot(m.a, m.b);
				}
				out.push({ px: Math.round(px * 10) / 10, text: el.textContent!.trim().slice(0, 40) });
			}
		return out;
	});
	return sizes.sort((a, b) => a.px - b.px).slice(0, 5);
}

async function expectLegible(page: Page, scope: Locator, what: string) {
	await expect(scope.first()).toBeVisible();
	const small = await smallest(scope);
	expect(small.length, `${what}: some text measured`).toBeGreaterThan(0);
	expect(small[0]!.px, `${what}: smallest texts ${JSON.stringify(small)}`).toBeGreaterThanOrEqual(
		MIN_PX
	);
}

test('timeline in projector mode: axis, lane names, subtitles, marks and legend at 18 px or more', async ({
	page
}) => {
	await page.goto('timeline/?proj=1');
	const plot = page.getByRole('application', { name: /^Timeline/ });
	await expectLegible(page, plot.locator('svg'), 'timeline plot');
	await expectLegible(page, page.getByRole('list', { name: 'Legend' }), 'timeline legend');
	await expectLegible(
		page,
		page.getByRole('form', { name: 'Year range' }).locator('xpath=..'),
		'year brush'
	);
});

test('targets in projector mode: chart axes and ticks, legend and captions at 18 px or more', async ({
	page
}) => {
	await page.goto('targets/?proj=1');
	const charts = page.locator('[aria-roledescription="chart"] svg');
	await expect(charts.first()).toBeVisible();
	await expectLegible(page, charts, 'target charts');
	const figures = page.getByRole('figure', { name: 'What ITU reports instead' });
	if ((await figures.count()) > 0) await expectLegible(page, figures, 'what ITU reports instead');
});

test('the same targets without projector mode keep their smaller chart type (the test can tell)', async ({
	page
}) => {
	await page.goto('targets/');
	const charts = page.locator('[aria-roledescription="chart"] svg');
	await expect(charts.first()).toBeVisible();
	expect((await smallest(charts))[0]!.px).toBeLessThan(MIN_PX);
});
