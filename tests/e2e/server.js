// A minimal static file server for the built app, mounted under a sub-path (default /atlas/) to
// prove the build works from any static host and any path. Serves only on localhost.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { cspHeaderForBuild } from '../../scripts/csp-header.mjs';

const root = join(process.cwd(), process.env.BUILD_DIR ?? 'build');
const prefix = process.env.BASE_PREFIX ?? '/atlas';
const port = Number(process.env.PORT ?? 4173);
// Served the way docs/deploy.md tells a host to: the policy as a header too (with frame-ancestors).
// Read from the built pages on the first request, so the server can start (and report a busy port)
// before there is a build.
/** @type {Record<string, string>} */
const cspValues = {};
/** The policy of a page: the embeds (`/embed/…`) may be framed, no other page may. */
const csp = (/** @type {string} */ path) => {
	const kind = path.startsWith('/embed/') ? 'embed' : 'page';
	return (cspValues[kind] ??= cspHeaderForBuild(root, { embed: kind === 'embed' }));
};
/** @type {Record<string, string>} */
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

/** @param {string} path @returns {Promise<string | null>} */
async function fileFor(path) {
	const full = normalize(join(root, path));
	if (!full.startsWith(root)) return null;
	try {
		const s = await stat(full);
		if (s.isDirectory()) return fileFor(join(path, 'index.html'));
		return full;
	} catch {
		return null;
	}
}

createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	if (url.pathname === '/' || url.pathname === prefix) {
		res.writeHead(302, { location: `${prefix}/` }).end();
		return;
	}
	// The 404 page (Kit's fallback, 404.html) loads its scripts from absolute `/_app/…` paths, as
	// a build for the site's root does (docs/deploy.md): those are served from the root too.
	const rootAsset = url.pathname.startsWith('/_app/');
	if (!rootAsset && !url.pathname.startsWith(`${prefix}/`)) {
		res.writeHead(404).end('Not found');
		return;
	}
	const rel = decodeURIComponent(rootAsset ? url.pathname : url.pathname.slice(prefix.length));
	let file = await fileFor(rel);
	if (!file && !extname(rel)) {
		// /atlas/graph → /atlas/graph/ like most static hosts
		if (await fileFor(`${rel}/index.html`)) {
			res.writeHead(301, { location: `${prefix}${rel}/${url.search}` }).end();
			return;
		}
	}
	let status = 200;
	if (!file) {
		file = await fileFor('404.html');
		status = 404;
	}
	if (!file) {
		res.writeHead(404).end('Not found');
		return;
	}
	const body = await readFile(file);
	const type = types[extname(file)] ?? 'application/octet-stream';
	res.writeHead(status, {
		'content-type': type,
		'x-content-type-options': 'nosniff',
		...(type.startsWith('text/html') ? { 'content-security-policy': csp(rel) } : {})
	});
	res.end(body);
})
	.on('error', (e) => {
		const code = /** @type {NodeJS.ErrnoException} */ (e).code;
		console.error(
			code === 'EADDRINUSE'
				? `Port ${port} is busy: stop what listens there, or set PORT to a free port`
				: `Cannot serve on port ${port}: ${e.message}`
		);
		process.exit(1);
	})
	.listen(port, '127.0.0.1', () =>
		console.log(`Serving ${root} at http://localhost:${port}${prefix}/`)
	);
