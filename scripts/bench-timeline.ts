/**
 * `npm run bench:timeline`: how the timeline copes with the embedded dataset and a synthetic one of
 * 5,000 dated items in 50 lanes (synthetic-timeline.ts). Measures, in Node, building the timeline
 * and laying out the lanes; in Debian's Chromium against the built app (run `npm run build`
 * first), the first contentful paint, the time from navigation until the timeline is drawn (the
 * page's `timeline:first-paint:<items>` mark; for the synthetic data this includes re-validating
 * the uploaded CSV files in a worker), and p50/p95 frame times (requestAnimationFrame deltas)
 * during a scripted wheel zoom and drag pan. Prints a markdown table. Never part of the tests.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunch } from '../tests/e2e/chromium.js';
import { validateDataset } from '../src/lib/data/validate';
import { embeddedFiles } from './bench-embedded';
import { buildTimeline } from '../src/lib/timeline/build';
import { itemsByLane, layoutLanes } from '../src/lib/timeline/layout';
import { DOMAIN } from '../src/lib/timeline/scale';
import type { DatasetFiles } from '../src/lib/data/types';
import { makeTimelineDataset } from './synthetic-timeline';

const PORT = Number(process.env.BENCH_PORT ?? 4795);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const pct = (v: number[], p: number) =>
	[...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor(v.length * p))]!;
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;

function nodeTimes(files: DatasetFiles) {
	const r = validateDataset(files);
	if (!r.ok) throw new Error('invalid dataset');
	const build: number[] = [];
	const layout: number[] = [];
	let t = buildTimeline(r.model);
	for (let i = 0; i < RUNS; i++) {
		const a = performance.now();
		t = buildTimeline(r.model);
		build.push(performance.now() - a);
		const byLane = itemsByLane(t.items);
		const base = (m: number) => ((m - DOMAIN[0]) * 1200) / (DOMAIN[1] - DOMAIN[0]);
		const b = performance.now();
		for (const k of [1, 8, 64])
			layoutLanes(t.lanes, byLane, (m) => base(m) * k, new Set(), base(DOMAIN[1]) * k);
		layout.push((performance.now() - b) / 3);
	}
	return {
		items: t.items.length,
		lanes: t.lanes.length,
		build: median(build),
		layout: median(layout)
	};
}

async function browserTimes(page: Page, files: DatasetFiles | null, items: number) {
	if (files) {
		const dir = mkdtempSync(join(tmpdir(), 'tl-bench-'));
		const paths = Object.entries(files).map(
			([name, text]) => (writeFileSync(join(dir, name), text), join(dir, name))
		);
		await page.goto(`http://localhost:${PORT}/atlas/data/`);
		await page.locator('input[type=file]').setInputFiles(paths);
		await page.getByText(/The combined dataset passed every\s+check/).waitFor({ timeout: 120_000 });
	}
	await page.goto(`http://localhost:${PORT}/atlas/timeline/`);
	// The page marks `timeline:first-paint:<items>` once that dataset's timeline is drawn.
	const mark = `timeline:first-paint:${items}`;
	await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, mark, {
		timeout: 120_000
	});
	const paint = (await page.evaluate(
		`({ fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
		    drawn: performance.getEntriesByName('${mark}')[0].startTime })`
	)) as { fcp: number; drawn: number };
	const plot = (await page.locator('.plot').boundingBox())!;
	const cx = plot.x + plot.width * 0.6;
	const cy = plot.y + 120;
	// A string, not a function: tsx would wrap named closures in a helper the page lacks.
	await page.evaluate(`(() => {
		window.frames_ = [];
		window.stop_ = false;
		let last = performance.now();
		const loop = (t) => {
			window.frames_.push(t - last);
			last = t;
			if (!window.stop_) requestAnimationFrame(loop);
		};
		requestAnimationFrame(loop);
	})()`);
	await page.mouse.move(cx, cy);
	for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -240);
	for (let r = 0; r < 3; r++) {
		await page.mouse.move(cx, cy);
		await page.mouse.down();
		await page.mouse.move(cx - 400, cy, { steps: 20 });
		await page.mouse.move(cx + 300, cy, { steps: 20 });
		await page.mouse.up();
	}
	for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 240);
	const frames = (await page.evaluate(
		'(window.stop_ = true, window.frames_.slice(1))'
	)) as number[];
	return {
		fcp: paint.fcp,
		drawn: paint.drawn,
		p50: pct(frames, 0.5),
		p95: pct(frames, 0.95),
		max: Math.max(...frames),
		frames: frames.length
	};
}

async function main() {
	const synthetic = makeTimelineDataset(5000, 50, 1);
	const cases: [string, DatasetFiles | null, DatasetFiles][] = [
		['embedded', null, embeddedFiles()],
		['synthetic: 5,000 items, 50 lanes', synthetic, synthetic]
	];
	const server = spawn('node', ['tests/e2e/server.js'], {
		env: { ...process.env, PORT: String(PORT) },
		stdio: 'ignore'
	});
	await new Promise((r) => setTimeout(r, 800));
	const browser = await chromium.launch(chromiumLaunch);
	const rows: string[] = [];
	try {
		for (const [name, upload, files] of cases) {
			const n = nodeTimes(files);
			const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
			const b = await browserTimes(page, upload, n.items);
			await page.close();
			rows.push(
				`| ${name} | ${n.items} items, ${n.lanes} lanes | ${ms(n.build)} | ${ms(n.layout)} | ${ms(b.fcp)} | ${ms(b.drawn)} | ${ms(b.p50)} | ${ms(b.p95)} | ${ms(b.max)} (${b.frames} frames) |`
			);
		}
	} finally {
		await browser.close();
		server.kill();
	}
	console.log(
		'| dataset | timeline | build (Node) | lane layout per zoom (Node) | first contentful paint | timeline drawn | p50 frame | p95 frame | worst frame |'
	);
	console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
	for (const r of rows) console.log(r);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
