// How every script here starts Debian's Chromium: tests, benchmarks and screenshots alike.
// These flags work headless as root on a closed network (see the toolchain notes).

/** Launch options for Playwright's `chromium.launch()` / `launchOptions`. */
export const chromiumLaunch = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
};
