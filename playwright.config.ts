import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './tests/e2e/chromium.js';
import { e2ePort } from './tests/e2e/port.js';

// A free port (or PORT, if set and free), so the suite runs beside `npm start` or another checkout.
const port = e2ePort();

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
		locale: 'en-GB',
		// The app's service worker (offline use) stays out of the tests, except where a spec allows it
		// (offline.spec.ts): it would answer requests the fixture's routing must see.
		serviceWorkers: 'block'
	},
	webServer: {
		command: 'node tests/e2e/server.js',
		env: { PORT: String(port) },
		url: `http://localhost:${port}/atlas/`,
		reuseExistingServer: false,
		timeout: 20_000
	}
});
