/**
 * The "done when": a briefing about ITU given from the shipped deck, end to end, without
 * leaving the app, on a projector (projector mode, 1920×1080 at 1.5×): every step applies its whole
 * state to its view (view, filters, selection, focus, order, year range), is axe-clean, and the
 * presenter can drill down from a step and come back to it exactly.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1.5 });

const bar = (page: Page) => page.getByRole('region', { name: 'Presentation' });
const panel = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** What each step of "ITU in 10 minutes" must show once applied (data/briefings.csv). */
const CHECKS: ((page: Page) => Promise<void>)[] = [
	async (page) => {
		// 1 · graph, ITU selected, focus 1 degree
		await expect(page.getByRole('heading', { level: 1, name: 'Organisation graph' })).toBeVisible();
		await expect(panel(page, 'International Telecommunication Union')).toBeVisible();
		await expect(page.getByLabel('Focus', { exact: true })).toHaveValue('1');
	},
	async (page) => {
		// 2 · graph, type = sector, nothing selected
		await expect(page.getByTestId('view-description')).toHaveText(
			'Graph of 3 nodes of type sector.'
		);
		await expect(panel(page, 'International Telecommunication Union')).toBeHidden();
		await expect(page.getByLabel('Focus', { exact: true })).toHaveValue('0');
	},
	async (page) => {
		// 3 · targets, Connect 2030, ordered by status
		await expect(page.getByRole('heading', { level: 1, name: /targets/i })).toBeVisible();
		await expect(page.getByLabel('Order')).toHaveValue('status');
	},
	async (page) => {
		// 4 · targets, 1.2 selected
		// The overview's controls give way: its status and chart start on the first screen.
		await expect(page.getByRole('heading', { name: 'Target 1.2: progress' })).toBeInViewport();
		await expect(page.getByRole('application', { name: /^Target 1\.2: World/ })).toBeInViewport();
		await expect(page.getByLabel('Order')).toHaveCount(0);
	},
	async (page) => {
		// 5 · timeline, WSIS 2003 selected, 2003–2005 brushed
		await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
		await expect(panel(page, 'WSIS phase 1, Geneva')).toBeVisible();
		await expect(page.getByLabel('From')).toHaveValue('2003');
	},
	async (page) => {
		// 6 · graph, SDG target 9.c selected, focus 1 degree
		await expect(panel(page, '2030 Agenda for Sustainable Development target 9.c')).toBeVisible();
		await expect(page.getByTestId('view-description')).toContainText(
			'focused on 2030 Agenda for Sustainable Development target 9.c (1 degree)'
		);
	},
	async (page) => {
		// 7 · graph, Giga selected, focus 1 degree
		await expect(panel(page, 'Giga')).toBeVisible();
		await expect(panel(page, '2030 Agenda for Sustainable Development target 9.c')).toBeHidden();
		await expect(page.getByLabel('Focus', { exact: true })).toHaveValue('1');
	}
];

test('the shipped deck, presented on a projector from start to end, with a drill-down and back', async ({
	page,
	axe
}) => {
	test.slow();
	await page.goto('present/?proj=1');
	await page.getByRole('link', { name: 'ITU in 10 minutes' }).click();
	await page.getByRole('button', { name: 'Present in this window' }).click();

	for (let i = 0; i < CHECKS.length; i++) {
		await expect(bar(page)).toContainText(`Step ${i + 1} of ${CHECKS.length}`);
		await expect(page).toHaveURL(/[?&]proj=1(&|$)/);
		await expect(page.locator('html')).toHaveAttribute('data-projector', '');
		await CHECKS[i]!(page);
		await expect(page.getByRole('button', { name: 'Back to step' })).toHaveCount(0);
		await axe(page, `step ${i + 1} in projector mode`);
		if (i === 0) {
			// The stage is the view: the site header gives way; the bar keeps the projector switch.
			await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
			const proj = bar(page).getByRole('button', { name: 'Projector mode' });
			await expect(proj).toHaveAttribute('aria-pressed', 'true');
			await proj.click();
			await expect(page.locator('html')).not.toHaveAttribute('data-projector');
			await expect(page).toHaveURL(/present=itu-in-10-minutes:1$/);
			await proj.click();
			await expect(page.locator('html')).toHaveAttribute('data-projector', '');
		}
		if (i < CHECKS.length - 1) await page.keyboard.press('PageDown');
	}

	// A question from the audience: drill from Giga to one of its links, then back to the step.
	const giga = panel(page, 'Giga');
	const neighbour = giga.getByRole('link', { name: 'UNICEF', exact: true }).first();
	await neighbour.click();
	await expect(panel(page, 'UNICEF')).toBeVisible();
	const back = page.getByRole('button', { name: 'Back to step' });
	await expect(back).toBeVisible();
	await back.click();
	await expect(panel(page, 'Giga')).toBeVisible();
	await expect(back).toHaveCount(0);
	await CHECKS[6]!(page);

	// Esc ends the briefing on its deck page, still in projector mode.
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/atlas\/present\/\?deck=itu-in-10-minutes&proj=1$/);
	await expect(bar(page)).toBeHidden();
});
