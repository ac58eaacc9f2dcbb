import { expect, test } from './fixtures';

const PAGES = ['./', 'graph/', 'timeline/', 'targets/', 'data/', 'present/', 'handout/graph/'];

test('every page carries a strict policy: no inline script but its own, framing forbidden', async ({
	page
}) => {
	for (const path of PAGES) {
		const response = await page.goto(path);
		const meta = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		for (const policy of [meta, response!.headers()['content-security-policy']]) {
			expect(policy, path).toMatch(/(^|; )default-src 'self'(;|$)/);
			expect(policy, path).toMatch(/(^|; )object-src 'none'(;|$)/);
			expect(policy, path).toMatch(/(^|; )base-uri 'self'(;|$)/);
			expect(policy, path).toMatch(/(^|; )connect-src 'self'(;|$)/);
			const scriptSrc = /(?:^|; )script-src ([^;]*)/.exec(policy!)![1]!;
			expect(scriptSrc.split(' ').filter((s) => !/^'sha256-[\w+/=]+'$/.test(s))).toEqual([
				"'self'"
			]);
		}
		// frame-ancestors is ignored in a <meta> policy: the header carries it.
		expect(response!.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
	}
});

test('an inline script inserted at run time does not run, and the violation is reported', async ({
	browser,
	baseURL
}) => {
	// Its own context: this test expects the violation the shared fixture would count as a failure.
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	await page.goto('data/');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
	const outcome = await page.evaluate(async () => {
		const violation = new Promise<string>((ok) =>
			document.addEventListener('securitypolicyviolation', (e) => ok(e.effectiveDirective), {
				once: true
			})
		);
		const script = document.createElement('script');
		script.textContent = 'window.injected = true';
		document.body.append(script);
		const div = document.createElement('div');
		div.innerHTML = '<img src="data:," onerror="window.injectedHandler = true">';
		document.body.append(div);
		const directive = await violation;
		await new Promise((ok) => setTimeout(ok, 100));
		const w = window as unknown as { injected?: boolean; injectedHandler?: boolean };
		return { directive, ran: w.injected ?? false, handler: w.injectedHandler ?? false };
	});
	expect(outcome).toEqual({ directive: 'script-src-elem', ran: false, handler: false });
	await context.close();
});

test('the page’s own inline scripts run: the saved theme applies before the app starts', async ({
	page
}) => {
	await page.goto('./');
	await page.evaluate(() => localStorage.setItem('atlas-theme', 'dark'));
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
