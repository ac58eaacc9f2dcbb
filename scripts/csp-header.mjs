#!/usr/bin/env node
// `node scripts/csp-header.mjs [build] [--embed]`: prints the Content-Security-Policy a static host
// should send with every HTML page of the build, as one header value (with `--embed`: the one for
// the embed pages under `embed/`, which other pages may frame). It is the policy of csp.config.js
// (the same as each page's <meta> tag) plus `frame-ancestors 'none'`, which only a header can
// carry, and the hashes SvelteKit computed for each page's start-up script, read from the built
// pages (so one host-wide header fits every page). See docs/deploy.md. The e2e server sends it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspHeader } from '../csp.config.js';

/** @param {string} dir @returns {string[]} every .html file under `dir` */
function htmlFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? htmlFiles(join(dir, e.name))
			: e.name.endsWith('.html')
				? [join(dir, e.name)]
				: []
	);
}

/**
 * The header value for the pages of the build folder `dir` (`embed`: for its `embed/` pages).
 * @param {string} dir
 * @param {{ embed?: boolean }} [options]
 */
export function cspHeaderForBuild(dir = 'build', options = {}) {
	const hashes = new Set();
	for (const file of htmlFiles(dir)) {
		const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(
			readFileSync(file, 'utf8')
		);
		const scriptSrc = /(?:^|;\s*)script-src ([^;]*)/.exec(meta?.[1] ?? '')?.[1] ?? '';
		for (const m of scriptSrc.matchAll(/'(sha\d+-[^']+)'/g)) hashes.add(m[1]);
	}
	const own = new Set(/script-src ([^;]*)/.exec(cspHeader())?.[1]?.match(/sha\d+-[^' ]+/g) ?? []);
	return cspHeader([...hashes].filter((h) => !own.has(h)).sort(), options);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const dir = args.find((a) => !a.startsWith('--')) ?? 'build';
	console.log(cspHeaderForBuild(dir, { embed: args.includes('--embed') }));
}
