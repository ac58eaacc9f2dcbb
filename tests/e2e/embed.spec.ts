/**
 * Embeds: every view of the registry at `/embed/<view>/`, without the site's header, with a
 * one-line footer; framed by a plain page of another origin; the "Embed" code beside "Add to my
 * deck". Only the embed routes may be framed.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

const VIEWS = ['home', 'graph', 'timeline', 'targets', 'data'];

test('a plain page of another origin frames the embed of target 1.2: chart and footer', async ({
	page,
	baseURL
}) => {
	const app = new URL(baseURL!);
	// Another origin: a plain HTML page served from a port of its own (marked as ready for the
	// fixture's page.goto, which waits for the app's data-hydrated).
	const html = `<!doctype html><html lang="en" data-hydrated><title>Intranet</title><h1>Our page</h1>
<iframe src="${app.origin}/atlas/embed/targets/?v=1&sel=c2030-1.2" title="Target 1.2" width="900" height="640"></iframe>`;
	const server = createServer((_, res) =>
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)
	);
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	try {
		const { port } = server.address() as AddressInfo;
		await page.goto(`http://localhost:${port}/intranet.html`);
		const frame = page.frameLocator('iframe[title="Target 1.2"]');
		await expect(frame.locator('html[data-hydrated]')).toHaveCount(1);
		await expect(frame.getByRole('application', { name: /target 1\.2/i }).first()).toBeVisible();
		const footer = frame.locator('footer.embed-footer');
		await expect(footer).toContainText(/^Targets · Source: ITU Atlas/);
		await expect(footer).toContainText(/Data version [0-9a-f]{8}/);
		await expect(footer.getByRole('link', { name: 'Open the full view' })).toHaveAttribute(
			'href',
			/\/atlas\/targets\/\?v=1&sel=c2030-1\.2$/
		);
		await expect(frame.getByRole('navigation', { name: 'Main' })).toBeHidden();
	} finally {
		server.close();
	}
});

test('every view has an embed without the site header; only embeds may be framed', async ({
	page,
	axe
}) => {
	for (const view of VIEWS) {
		const response = await page.goto(`embed/${view}/`);
		expect(response!.status(), view).toBe(200);
		expect(response!.headers()['content-security-policy'], view).toMatch(/frame-ancestors \*/);
		await expect(page.getByRole('navigation', { name: 'Main' }), view).toBeHidden();
		await expect(page.locator('footer.embed-footer'), view).toBeVisible();
	}
	await page.goto('embed/graph/?v=1&sel=itu&depth=1');
	await axe(page, 'graph embed');
	// The graph stays keyboard-usable in a frame: its text alternative lists what it shows.
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toBeVisible();
	const full = await page.goto('graph/');
	expect(full!.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
});

test('“Embed” gives the iframe code, following the latest data or pinned to this version', async ({
	page
}) => {
	await page.goto('targets/?v=1&sel=c2030-1.2');
	await page.getByText('Embed', { exact: true }).click();
	const code = page.getByRole('textbox', { name: 'Code to paste into your page' });
	await expect(code).toHaveValue(
		/^<iframe src="http:\/\/localhost:\d+\/atlas\/embed\/targets\/\?v=1&amp;sel=c2030-1\.2" title="[^"]+" /
	);
	await page.getByRole('radio', { name: /Pin data version/ }).check();
	await expect(code).toHaveValue(/sel=c2030-1\.2#data=[0-9a-f]{8}"/);
	// A pinned embed whose data has moved on says so.
	await page.goto('embed/targets/?v=1&sel=c2030-1.2#data=00000000');
	await expect(page.locator('footer.embed-footer')).toContainText(
		'embedded at version 00000000: the data has been updated since'
	);
});
