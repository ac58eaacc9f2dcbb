import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './tests/e2e/chromium.js';

// PORT lets two checkouts run their end-to-end tests side by side (tests/e2e/server.js reads it too).
const port = Number(process.env.PORT ?? 4173);

// End-to-end tests drive the built app in Debian's Chromium (never a downloaded browser), served
// under a sub-path by tests/e2e/server.js.
export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	timeout: 30_000,
	retries: 0,
	workers: 1,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: `http://localhost:${port}/atlas/`,
		browserName: 'chromium',
		launchOptions: chromiumLaunch,
		timezoneId: 'UTC',
		locale: 'en-GB'
	},
	webServer: {
		command: 'node tests/e2e/server.js',
		url: `http://localhost:${port}/atlas/`,
		reuseExistingServer: false,
		timeout: 20_000
	}
});
