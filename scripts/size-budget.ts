/**
 * `npm run size`: the size budget, run after `npm run build` (and by `npm test`). Measures, in the
 * static build:
 * - each prerendered page's HTML, raw and gzipped;
 * - the JavaScript each page loads before it runs, gzipped: the files of its `modulepreload` links
 *   (the route's entry and everything it imports statically; lazy chunks and workers not counted);
 * - the data a client-side navigation to each page fetches (`__data.json`, raw);
 * - the data assets under `_app/immutable/assets/*.json` (raw and gzipped), named without their hash.
 * Prints a table and fails when a figure grows more than 5% over the committed baseline
 * (`size-budget.json`), when a page's HTML is over 60 kB (or over the allowance that file's
 * `htmlAllowances` grants a page, with the reason), or when a figure is missing from the baseline.
 *
 * After an intended change: `npm run size:update` rewrites the figures of the baseline (keeping its
 * allowances); commit it with the change.
 * Usage: tsx scripts/size-budget.ts [--update] [--build <dir>]
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
	compareFigures,
	failures,
	htmlLimits,
	type Figures,
	type HtmlAllowance,
	type Row
} from './size-budget-compare';

const argv = process.argv.slice(2);
const BUILD = resolve(argv.includes('--build') ? argv[argv.indexOf('--build') + 1]! : 'build');
const BASELINE = resolve('size-budget.json');
const TOLERANCE = 0.05;
const HTML_LIMIT = 60_000;

const gz = (buf: Buffer) => gzipSync(buf).length;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? files(p) : [p];
	});
}

/** `build/graph/index.html` → `/graph/`. */
const pageName = (file: string) =>
	'/' +
	relative(BUILD, file)
		.replace(/index\.html$/, '')
		.replaceAll('\\', '/');

/** `dataset.Ab12_x.json` → `dataset.json` (the content hash changes with the data). */
const assetName = (file: string) =>
	file
		.split('/')
		.pop()!
		.replace(/\.[\w-]{6,}(\.json)$/, '$1');

/** A preload's file: relative to its page, or (the fallback page) absolute from the site's root. */
const preloadPath = (page: string, href: string) =>
	href.startsWith('/')
		? join(BUILD, href.slice(href.indexOf('/_app/')))
		: resolve(dirname(page), href);

function measure(): Figures {
	const figures: Figures = {};
	for (const file of files(BUILD).filter((f) => f.endsWith('.html'))) {
		const html = readFileSync(file);
		const page = pageName(file);
		figures[`${page} HTML`] = html.length;
		figures[`${page} HTML gz`] = gz(html);
		const preloads = [
			...html.toString('utf8').matchAll(/<link\b[^>]*\bhref="([^"]+\.js)"[^>]*rel="modulepreload"/g)
		].map((m) => preloadPath(file, m[1]!));
		const js = [...new Set(preloads)].reduce((n, f) => n + gz(readFileSync(f)), 0);
		if (preloads.length) figures[`${page} JS gz`] = js;
		const data = join(dirname(file), '__data.json');
		if (file.endsWith('index.html') && existsSync(data))
			figures[`${page} __data.json`] = statSync(data).size;
	}
	const assets = join(BUILD, '_app/immutable/assets');
	if (existsSync(assets))
		for (const file of files(assets).filter((f) => f.endsWith('.json'))) {
			const buf = readFileSync(file);
			figures[`asset ${assetName(file)}`] = buf.length;
			figures[`asset ${assetName(file)} gz`] = gz(buf);
		}
	return figures;
}

const kB = (n: number | null) => (n === null ? '—' : `${(n / 1000).toFixed(1)} kB`);
const pct = (r: Row) =>
	r.change === null ? '' : `${r.change >= 0 ? '+' : ''}${(r.change * 100).toFixed(1)}%`;

function print(rows: Row[]) {
	const cells = rows.map((r) => [r.name, kB(r.baseline), kB(r.current), pct(r), r.verdict]);
	const head = ['figure', 'baseline', 'now', 'change', 'verdict'];
	const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
	const line = (c: string[]) =>
		c.map((s, i) => (i ? s.padStart(widths[i]!) : s.padEnd(widths[i]!)));
	console.log(line(head).join('  '));
	for (const c of cells) console.log(line(c).join('  '));
}

if (!existsSync(BUILD)) {
	console.error(`size budget: no build at ${BUILD} (run npm run build first)`);
	process.exit(1);
}
interface Baseline {
	note?: string;
	htmlAllowances?: Record<string, HtmlAllowance>;
	figures: Figures;
}
const saved: Baseline = existsSync(BASELINE)
	? (JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline)
	: { figures: {} };
const current = measure();
if (argv.includes('--update')) {
	const note =
		'Size budget baseline (bytes), written by `npm run size:update`; checked by `npm run size`. ' +
		'htmlAllowances (edited by hand, with the reason) lets a page exceed the 60 kB HTML limit.';
	const next: Baseline = { note, htmlAllowances: saved.htmlAllowances ?? {}, figures: current };
	writeFileSync(BASELINE, JSON.stringify(next, null, '\t') + '\n');
	console.log(`size budget: baseline written to ${relative(process.cwd(), BASELINE)}`);
}
const rows = compareFigures(saved.figures, current, {
	tolerance: TOLERANCE,
	limitOf: htmlLimits(HTML_LIMIT, saved.htmlAllowances)
});
print(rows);
const failed = failures(rows);
for (const r of failed)
	console.error(
		r.verdict === 'over-limit'
			? `✕ ${r.name}: ${kB(r.current)} is over the page's HTML limit (${kB(HTML_LIMIT)} unless allowed)`
			: r.verdict === 'new'
				? `✕ ${r.name}: not in the baseline (run npm run size:update and commit size-budget.json)`
				: `✕ ${r.name}: grew ${pct(r)} (more than ${TOLERANCE * 100}%) over the baseline`
	);
console.log(
	failed.length
		? `size budget: ${failed.length} figure(s) over budget`
		: `size budget: ${rows.length} figures within budget`
);
process.exit(failed.length ? 1 : 0);
