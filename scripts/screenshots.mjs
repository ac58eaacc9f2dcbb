#!/usr/bin/env node
// Screenshots of every route in headless Chromium (light, dark, phone, projector) into
// tmp/screens/, for a person to look at. Needs a build: `npm run build` first.
// Usage: node scripts/screenshots.mjs [route …]   e.g. node scripts/screenshots.mjs data/ graph/
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../tests/e2e/chromium.js';

const routes = process.argv.slice(2).length
	? process.argv.slice(2)
	: ['', 'graph/', 'timeline/', 'targets/', 'data/'];
const modes = [
	{ name: 'light', width: 1440, height: 900, scheme: 'light', zoom: 1 },
	{ name: 'dark', width: 1440, height: 900, scheme: 'dark', zoom: 1 },
	{ name: 'phone', width: 390, height: 844, scheme: 'light', zoom: 1 },
	{ name: 'projector', width: 1920, height: 1080, scheme: 'light', zoom: 1.5 }
];
mkdirSync('tmp/screens', { recursive: true });
const port = Number(process.env.PORT ?? 4173);
const server = spawn('node', ['tests/e2e/server.js'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch(chromiumLaunch);
try {
	for (const m of modes) {
		const page = await browser.newPage({
			viewport: { width: Math.round(m.width / m.zoom), height: Math.round(m.height / m.zoom) },
			deviceScaleFactor: m.zoom,
			colorScheme: m.scheme
		});
		for (const r of routes) {
			await page.goto(`http://localhost:${port}/atlas/${r}`);
			await page.waitForTimeout(1500);
			const file = `tmp/screens/${r.replace(/\W/g, '') || 'home'}-${m.name}.png`;
			await page.screenshot({ path: file });
			console.log(file);
		}
		await page.close();
	}
} finally {
	await browser.close();
	server.kill();
}
