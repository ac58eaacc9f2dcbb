import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './csp.config.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A folder of static files, with a fallback page for client-side routes.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		paths: {
			// Relative asset and link paths: the same build works from any sub-path (e.g. /atlas/).
			relative: true,
			base: process.env.BASE_PATH ?? ''
		},
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// src/service-worker.ts is registered by the app itself ($lib/offline), which follows its
		// updates and never from the 404 page.
		serviceWorker: { register: false },
		// A strict Content-Security-Policy on every page (a <meta> tag with the hashes of the inline
		// scripts; see csp.config.js and docs/deploy.md for the header a host should send too).
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};

export default config;
