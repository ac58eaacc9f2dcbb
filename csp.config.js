// The Content-Security-Policy of ITU Atlas, in one place: svelte.config.js gives it to SvelteKit
// (`kit.csp`, hash mode: a <meta> tag on every prerendered page with the hashes of its inline
// scripts), the end-to-end server sends it as a header, and docs/deploy.md shows the header a
// static host should send. No inline script runs unless its hash is listed here or added by Kit.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SNAPSHOT_SCRIPT } from './src/lib/graph/snapshotScript.js';

/** `sha256-…` of an inline script's exact text. */
const hash = (/** @type {string} */ text) =>
	/** @type {`sha256-${string}`} */ (
		`sha256-${createHash('sha256').update(text).digest('base64')}`
	);

/** The hashes of the inline scripts of `src/app.html` (the theme script) and of the graph page. */
export function inlineScriptHashes() {
	const template = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	const scripts = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
	return [...scripts, SNAPSHOT_SCRIPT].map(hash);
}

/**
 * The directives (SvelteKit's `kit.csp.directives` shape). Styles allow 'unsafe-inline': Svelte
 * writes `style="…"` attributes (bar widths, colours, positions) into the prerendered HTML, and
 * an attribute cannot be hashed without 'unsafe-hashes'; scripts never do.
 * @type {NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']}
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self', ...inlineScriptHashes()],
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'worker-src': ['self'],
	'manifest-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

/** Directives a <meta> policy cannot carry: only a response header can forbid framing. */
export const HEADER_ONLY = { 'frame-ancestors': ['none'] };

/**
 * The same for the embeds (`/embed/<view>/`), made to be framed by other pages: any https or http
 * page may (a host that wants only its intranet lists those origins instead, see docs/deploy.md).
 * Every other page still refuses to be framed.
 */
export const EMBED_HEADER_ONLY = { 'frame-ancestors': ['*'] };

const quoted = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'strict-dynamic']);
const source = (/** @type {string} */ s) => (quoted.has(s) || /^sha\d+-/.test(s) ? `'${s}'` : s);

/**
 * The policy as a header value, for a static host: the page's own <meta> policy plus
 * `frame-ancestors`. `kitHashes` are the hashes SvelteKit adds for its start-up script on each page
 * (they differ per page, so a host-wide header lists them all: see docs/deploy.md). With `embed`,
 * the policy of the embed routes, which may be framed.
 * @param {string[]} kitHashes
 * @param {{ embed?: boolean }} [options]
 */
export function cspHeader(kitHashes = /** @type {string[]} */ ([]), { embed = false } = {}) {
	/** @type {Record<string, string[]>} */
	const all = {};
	const headerOnly = embed ? EMBED_HEADER_ONLY : HEADER_ONLY;
	for (const [name, values] of Object.entries({ ...CSP_DIRECTIVES, ...headerOnly }))
		if (Array.isArray(values)) all[name] = values.map(String);
	all['script-src'] = [...(all['script-src'] ?? []), ...kitHashes];
	return Object.entries(all)
		.map(([name, values]) => [name, ...values.map(source)].join(' '))
		.join('; ');
}
