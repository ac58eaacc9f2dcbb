/**
 * The shared test fixture: every test fails on a console error, a page error, a
 * Content-Security-Policy violation, or a request that leaves localhost; `axe` checks the page for WCAG 2.2 AA violations. `page.goto` and
 * `page.reload` return once the app runs (pages are prerendered: a click before hydration is lost).
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

interface Fixtures {
	axe: (page: Page, label?: string) => Promise<void>;
}

export const test = base.extend<Fixtures>({
	page: async ({ page }, use) => {
		const problems: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
		});
		page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
		// Content-Security-Policy violations fail the test too (Chromium also logs most of them as
		// console errors; the event catches every one, with its directive).
		await page.exposeFunction('__cspViolation', (text: string) =>
			problems.push(`CSP violation: ${text}`)
		);
		await page.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (e) =>
				(window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
					`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`
				)
			)
		);
		await page.route('**/*', (route) => {
			const url = new URL(route.request().url());
			const local = ['localhost', '127.0.0.1'].includes(url.hostname);
			if (local || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
			problems.push(`request left localhost: ${url.href}`);
			return route.abort();
		});
		const goto = page.goto.bind(page);
		page.goto = async (url, options) => {
			const response = await goto(url, options);
			await hydrated(page);
			return response;
		};
		const reload = page.reload.bind(page);
		page.reload = async (options) => {
			const response = await reload(options);
			await hydrated(page);
			return response;
		};
		await use(page);
		expect(problems, problems.join('\n')).toEqual([]);
	},
	// eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
	axe: async ({}, use) => {
		await use(async (page, label = page.url()) => {
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			const summary = results.violations.map(
				(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
			);
			expect(summary, `axe violations on ${label}`).toEqual([]);
		});
	}
});

/** Waits until the app has hydrated (controls used before that would be lost on a loaded machine). */
async function hydrated(page: Page): Promise<void> {
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
}

export { expect };
