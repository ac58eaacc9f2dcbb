/**
 * `npm run bench:graph`: the organisation graph against a naive baseline (d3-force defaults driving
 * SVG, every element updated on every tick), in headless Chromium, on the ITU dataset and synthetic
 * datasets of 2,000, 5,000 and 20,000 nodes (~4 links per node). For each: time from navigation to
 * the first painted graph, p50/p95 frame time (requestAnimationFrame deltas) during a scripted pan,
 * zoom and hover started as soon as the graph shows (so while the layout settles), and time until
 * the layout settles. Prints a markdown table with ours/baseline ratios and writes it into README.md
 * as the "### Organisation graph" part of "## Performance".
 *
 * Usage: npm run bench:graph [-- --no-build] [--sizes 2000,5000,20000] [--no-readme]
 * Synthetic datasets reach the app the honest way: uploaded through the Data page's file picker, then
 * re-validated in a worker when the graph page opens (that time counts in our first paint).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunch } from '../tests/e2e/chromium.js';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { viewDataset } from '../src/lib/data/doubtful';
import { validateDataset } from '../src/lib/data/validate';
import type { DatasetFiles } from '../src/lib/data/types';
import { format } from 'prettier';
import { makeSyntheticDataset } from './synthetic';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string, fallback: string) => {
	const i = argv.indexOf(name);
	return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const SIZES = option('--sizes', '2000,5000,20000').split(',').map(Number);
const PORT = Number(option('--port', '4390'));
const ROOT = process.cwd();
const WORK = join(tmpdir(), `atlas-bench-graph-${process.pid}`);
const SETTLE_CAP_MS = 90_000;

interface Dataset {
	name: string;
	nodes: number;
	links: number;
	/** Folder of CSV files to upload (synthetic), or null for the embedded dataset. */
	dir: string | null;
}

interface Result {
	firstPaint: number | null;
	/** The prerendered SVG snapshot's paint (embedded dataset, default view only), else null. */
	snapshot?: number | null;
	p50: number | null;
	p95: number | null;
	settle: number | null;
	note?: string;
}

function loadDir(dir: string): DatasetFiles {
	return Object.fromEntries(
		readdirSync(dir)
			.filter((f) => f.endsWith('.csv'))
			.map((f) => [f, readFileSync(join(dir, f), 'utf8')])
	);
}

/** Validates the files as the app does and writes the baseline's JSON (same nodes, same links). */
function prepare(name: string, files: DatasetFiles, dir: string | null): Dataset {
	const r = validateDataset(files);
	if (!r.ok) throw new Error(`${name}: the dataset is not valid (${r.errors.length} errors)`);
	// The graph opens without the names flagged doubtful: both sides draw what the page draws (and
	// the page's marks count those nodes).
	const model = viewDataset(r.model, false);
	const ids = new Set(model.nodes.map((n) => n.id));
	const links = model.links
		.filter((l) => ids.has(l.from) && ids.has(l.to) && l.from !== l.to)
		.map((l) => ({ source: l.from, target: l.to }));
	const nodes = model.nodes.map((n) => ({ id: n.id, group: n.sectors[0] ?? 'none' }));
	mkdirSync(join(WORK, name), { recursive: true });
	writeFileSync(join(WORK, name, 'data.json'), JSON.stringify({ nodes, links }));
	return { name, nodes: nodes.length, links: links.length, dir };
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.png': 'image/png'
};

/** Serves the build under /atlas/ and the baseline under /bench/<dataset>/. Localhost only. */
function serve(): Promise<Server> {
	const build = join(ROOT, 'build');
	const file = (path: string): string | null => {
		const full = normalize(path);
		try {
			const s = statSync(full);
			return s.isDirectory() ? file(join(full, 'index.html')) : full;
		} catch {
			return null;
		}
	};
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const p = decodeURIComponent(url.pathname);
		let target: string | null = null;
		if (p.startsWith('/atlas/')) {
			const rel = normalize(p.slice('/atlas'.length));
			target = file(join(build, rel)) ?? file(join(build, '404.html'));
		} else if (p.startsWith('/bench/')) {
			const [, , name, leaf] = p.split('/');
			if (leaf === 'd3.min.js') target = join(ROOT, 'node_modules/d3/dist/d3.min.js');
			else if (leaf === 'data.json' && name && !name.includes('..'))
				target = join(WORK, name, 'data.json');
			else target = join(ROOT, 'scripts/bench/baseline.html');
		}
		if (!target) return void res.writeHead(404).end('Not found');
		try {
			const body = readFileSync(target);
			res.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
			res.end(body);
		} catch {
			res.writeHead(404).end('Not found');
		}
	});
	return new Promise((ok) => server.listen(PORT, '127.0.0.1', () => ok(server)));
}

/** Records every animation frame's timestamp from the start of each document (a string: tsx
 * would otherwise add helpers the page does not have). */
const FRAME_RECORDER = `(() => {
	const frames = [];
	window.__frames = frames;
	const loop = (t) => { frames.push(t); requestAnimationFrame(loop); };
	requestAnimationFrame(loop);
})();`;

const mark = (page: Page, name: string) =>
	page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);

const pct = (xs: number[], p: number) => {
	if (!xs.length) return null;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

/** Pan (drag from a corner), zoom (wheel) and hover (a sweep of pointer moves) over `selector`. */
async function interact(page: Page, selector: string) {
	const box = (await page.locator(selector).first().boundingBox())!;
	const x0 = box.x + 12;
	const y0 = box.y + box.height - 12;
	await page.mouse.move(x0, y0);
	await page.mouse.down();
	for (let k = 1; k <= 15; k++) await page.mouse.move(x0 + k * 12, y0 - k * 8);
	await page.mouse.up();
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	await page.mouse.move(cx, cy);
	for (let k = 0; k < 6; k++) {
		await page.mouse.wheel(0, k < 3 ? -240 : 240);
		await page.waitForTimeout(60);
	}
	for (let k = 0; k < 40; k++)
		await page.mouse.move(box.x + ((k * 37) % box.width), box.y + ((k * 53) % box.height));
}

async function measure(browser: Browser, d: Dataset, impl: 'ours' | 'baseline'): Promise<Result> {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const page = await context.newPage();
	try {
		if (impl === 'ours' && d.dir) {
			await page.goto(`http://localhost:${PORT}/atlas/data/`);
			const files = readdirSync(d.dir).map((f) => join(d.dir!, f));
			await page.locator('input[type=file]').setInputFiles(files);
			await page.waitForFunction(
				() => /combined dataset passed every check/.test(document.body.innerText),
				null,
				{ timeout: 600_000 }
			);
		}
		await context.addInitScript({ content: FRAME_RECORDER });
		const url =
			impl === 'ours'
				? `http://localhost:${PORT}/atlas/graph/`
				: `http://localhost:${PORT}/bench/${d.name}/`;
		await page.goto(url, { waitUntil: 'commit' });
		const paint = `graph:first-paint:${d.nodes}`;
		await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, paint, {
			timeout: 600_000,
			polling: 50
		});
		const firstPaint = await mark(page, paint);
		// The static snapshot shown before the canvas's first frame (its own mark: not the canvas's).
		const snapshot = impl === 'ours' ? await mark(page, `graph:snapshot-paint:${d.nodes}`) : null;
		const t0 = (await page.evaluate(() => performance.now())) as number;
		const target = impl === 'ours' ? '[aria-roledescription="graph"]' : 'svg';
		const done = await Promise.race([
			interact(page, target).then(() => true),
			new Promise<boolean>((ok) => setTimeout(() => ok(false), 60_000))
		]);
		const t1 = (await page.evaluate(() => performance.now())) as number;
		const frames = (await page.evaluate(
			() => (window as unknown as { __frames: number[] }).__frames
		)) as number[];
		const within = frames.filter((t) => t >= t0 && t <= t1);
		const deltas = within.slice(1).map((t, k) => t - within[k]!);
		const settledName = `graph:settled:${d.nodes}`;
		const settle = await page
			.waitForFunction((n) => performance.getEntriesByName(n).length > 0, settledName, {
				timeout: Math.max(1000, SETTLE_CAP_MS - (t1 ?? 0)),
				polling: 100
			})
			.then(() => mark(page, settledName))
			.catch(() => null);
		return {
			firstPaint,
			snapshot,
			p50: pct(deltas, 50),
			p95: pct(deltas, 95),
			settle,
			note: done ? undefined : 'interaction cut at 60 s'
		};
	} finally {
		await context.close();
	}
}

const ms = (v: number | null, cap = false) =>
	v === null
		? cap
			? `> ${SETTLE_CAP_MS / 1000} s`
			: 'n/a'
		: v >= 1000
			? `${(v / 1000).toFixed(1)} s`
			: `${v.toFixed(1)} ms`;
const ratio = (a: number | null, b: number | null) =>
	a === null || b === null || !b ? 'n/a' : (a / b).toFixed(2);

/** Replaces our subsection of "## Performance" (or adds it at the end of that section, or adds both). */
function withSection(readme: string, section: string): string {
	const ours = /### Organisation graph \(`npm run bench:graph`\)\n[\s\S]*?(?=\n##+ |$)/;
	if (ours.test(readme)) return readme.replace(ours, section.trimEnd());
	const perf = /## Performance\n[\s\S]*?(?=\n## |$)/;
	const m = perf.exec(readme);
	if (!m) return `${readme.trimEnd()}\n\n## Performance\n\n${section}`;
	const end = m.index + m[0].length;
	return `${readme.slice(0, end).trimEnd()}\n\n${section.trimEnd()}\n${readme.slice(end)}`;
}

async function main() {
	if (!flag('--no-build')) {
		console.log('Building the app…');
		const b = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit', shell: false });
		if (b.status !== 0) process.exit(b.status ?? 1);
	}
	mkdirSync(WORK, { recursive: true });
	const datasets: Dataset[] = [prepare('itu', loadDir(join(ROOT, 'data')), null)];
	for (const n of SIZES) {
		const files = makeSyntheticDataset({ nodes: n, linksPerNode: 4, seed: 1 });
		const dir = join(WORK, `synth-${n}-csv`);
		mkdirSync(dir, { recursive: true });
		for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
		datasets.push(prepare(`synth-${n}`, files, dir));
	}
	const server = await serve();
	const browser = await chromium.launch(chromiumLaunch);
	const rows: string[] = [];
	try {
		for (const d of datasets) {
			for (const impl of ['ours', 'baseline'] as const) {
				console.log(`${d.name} (${d.nodes} nodes, ${d.links} links): ${impl}…`);
				const r = await measure(browser, d, impl).catch((e: Error) => {
					console.log(`  failed: ${e.message.split('\n')[0]}`);
					return { firstPaint: null, p50: null, p95: null, settle: null, note: 'failed' } as Result;
				});
				console.log(`  ${JSON.stringify(r)}`);
				(d as Dataset & { r?: Record<string, Result> }).r ??= {};
				(d as Dataset & { r: Record<string, Result> }).r[impl] = r;
			}
			const { ours, baseline } = (d as Dataset & { r: Record<string, Result> }).r;
			rows.push(
				`| ${d.name === 'itu' ? 'ITU dataset' : `synthetic ${d.nodes.toLocaleString('en')}`} | ${d.nodes.toLocaleString('en')} / ${d.links.toLocaleString('en')} | ${ms(ours!.snapshot ?? null)} | ${ms(ours!.firstPaint)} / ${ms(baseline!.firstPaint)} (${ratio(ours!.firstPaint, baseline!.firstPaint)}) | ${ms(ours!.p50)} / ${ms(baseline!.p50)} | ${ms(ours!.p95)} / ${ms(baseline!.p95)} (${ratio(ours!.p95, baseline!.p95)}) | ${ms(ours!.settle, true)} / ${ms(baseline!.settle, true)} |`
			);
		}
	} finally {
		await browser.close();
		server.close();
	}
	const table = [
		'| dataset | nodes / links | SVG snapshot shown: ours | first canvas frame: ours / baseline (ratio) | p50 frame: ours / baseline | p95 frame: ours / baseline (ratio) | layout settled: ours / baseline |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...rows
	].join('\n');
	const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
	const section = `### Organisation graph (\`npm run bench:graph\`)\n\nMeasured on ${when} UTC (headless Chromium, software rendering, a shared 2-core machine; numbers vary between runs). Times count from navigation; frame times are requestAnimationFrame deltas during a scripted pan, zoom and hover that starts as soon as the graph shows (so while the layout settles). The baseline is d3-force with its defaults driving SVG, every element updated on every tick, on the same nodes and links. Our first paint of a synthetic dataset includes re-validating the uploaded CSV files in a worker. The SVG snapshot is the static picture of the build-time layout prerendered into the page (embedded dataset, default view only), shown until the canvas draws its first frame.\n\n${table}\n`;
	console.log(`\n${table}\n`);
	if (!flag('--no-readme')) {
		const pretty = await format(section, { parser: 'markdown' });
		const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
		writeFileSync(join(ROOT, 'README.md'), withSection(readme, pretty));
		console.log('README.md: "Organisation graph" under "Performance" updated.');
	}
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
