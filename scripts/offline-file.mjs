#!/usr/bin/env node
// `node scripts/offline-file.mjs [build]`: writes `build/itu-atlas-offline.html`, the one-file
// offline edition, from the prerendered page `present/offline/` (the shipped decks as slides, every
// figure drawn at build time): its styles inlined, the app's scripts and preloads left out, one
// small inline script (allowed by its hash in the file's own policy) to step through the slides
// with the keyboard. It opens from a USB stick with no network and no server. Prints its size and
// fails over the budget. What it does not do: see README ("Offline").
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const OFFLINE_FILE = 'itu-atlas-offline.html';
/** The budget of the one-file edition (issue 15). */
export const OFFLINE_BUDGET = 5 * 1024 * 1024;

/** One slide at a time; → Space PageDown next, ← PageUp previous, Home, End; P shows all (print). */
export const SLIDES_SCRIPT = `(() => {
const slides = [...document.querySelectorAll('.slide')];
let n = 0;
const show = (i) => {
	n = Math.max(0, Math.min(slides.length - 1, i));
	slides.forEach((s, k) => (s.hidden = k !== n));
	const at = document.getElementById('slide-at');
	if (at) at.textContent = 'Slide ' + (n + 1) + ' of ' + slides.length;
};
document.addEventListener('keydown', (e) => {
	if (e.altKey || e.ctrlKey || e.metaKey) return;
	const to = { ArrowRight: n + 1, ' ': n + 1, PageDown: n + 1, ArrowLeft: n - 1, PageUp: n - 1, Home: 0, End: slides.length - 1 }[e.key];
	if (to === undefined) return;
	e.preventDefault();
	show(to);
});
addEventListener('beforeprint', () => slides.forEach((s) => (s.hidden = false)));
addEventListener('afterprint', () => show(n));
show(0);
})();`;

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The one-file edition of the prerendered page `html` (at `file`, for its relative links). */
export function offlineHtml(html, file) {
	const dir = dirname(file);
	let out = html
		// The app's scripts (they need a server) and what preloads them.
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
		.replace(/<link\b[^>]*rel="(?:modulepreload|preload)"[^>]*>/g, '')
		// Kit's policy (hashes of the scripts just removed): the file gets its own.
		.replace(/<meta http-equiv="content-security-policy"[^>]*>/g, '')
		// Styles and the icon, inlined.
		.replace(/<link\b[^>]*href="([^"]+\.css)"[^>]*>/g, (_, href) => {
			const css = readFileSync(join(dir, href), 'utf8');
			return `<style>${css}</style>`;
		})
		.replace(/<link rel="icon"[^>]*>/g, '')
		// The site's header (its navigation leads to views the file does not have).
		.replace(/<a class="skip[^"]*"[^>]*>[\s\S]*?<\/a>/, '')
		.replace(/<header class="site[^"]*"[^>]*>[\s\S]*?<\/header>/, '')
		// A live link the build could not make absolute (no ATLAS_SITE_URL) names the view only.
		.replace(
			/(<p class="link[^"]*">)Live view: <a href="(?!https?:)[^"]*">([^<]*)<\/a>/g,
			(_, p, text) =>
				`${p}Live view, on the hosted atlas: <code>${text.replace(/^(\.\.\/)+/, '')}</code>`
		)
		// Any other link into the app: its text only.
		.replace(/<a\b[^>]*href="(?!https?:|#)[^"]*"[^>]*>([\s\S]*?)<\/a>/g, '<span>$1</span>');
	const policy = [
		"default-src 'none'",
		`script-src ${sha256(SLIDES_SCRIPT)}`,
		"style-src 'unsafe-inline'",
		'img-src data:',
		"base-uri 'none'",
		"form-action 'none'"
	].join('; ');
	out = out.replace(
		'<head>',
		`<head>\n<meta http-equiv="content-security-policy" content="${policy}">`
	);
	out = out.replace(
		'</body>',
		`<p id="slide-at" class="slide-at" role="status"></p><script>${SLIDES_SCRIPT}</script>\n</body>`
	);
	return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
	const dir = process.argv[2] ?? 'build';
	const source = join(dir, 'present/offline/index.html');
	const target = join(dir, OFFLINE_FILE);
	writeFileSync(target, offlineHtml(readFileSync(source, 'utf8'), source));
	const size = statSync(target).size;
	const kb = (size / 1024).toFixed(0);
	console.log(
		`One-file offline edition: ${target}, ${kb} kB (budget ${OFFLINE_BUDGET / 1024 / 1024} MB)`
	);
	if (size > OFFLINE_BUDGET) {
		console.error(`${OFFLINE_FILE} is over its budget`);
		process.exit(1);
	}
}
