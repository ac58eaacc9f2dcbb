import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { datasetAssetPlugin } from './scripts/vite-dataset-asset.ts';
import { validateDataPlugin } from './scripts/vite-validate-data.ts';

export default defineConfig({
	plugins: [
		// The messages of messages/{locale}.json compiled into typed functions (src/lib/paraglide,
		// generated, not committed); the locale comes from the page's path ($lib/i18n/strategy).
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['custom-path', 'baseLocale'],
			// One module per language, loaded only by pages in that language ($lib/i18n/messages).
			outputStructure: 'locale-modules',
			emitReadme: false
		}),
		validateDataPlugin(),
		datasetAssetPlugin(),
		sveltekit()
	],
	// Rolldown's note on slow plugins is for profiling, not for someone building the site.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		// Pin the time zone so date maths is the same on every machine.
		env: { TZ: 'UTC' },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/setup.ts']
				}
			}
		]
	}
});
