/**
 * A Vite plugin that ships the embedded dataset once, as hashed, immutable assets the browser caches
 * across pages (`_app/immutable/assets/dataset.<hash>.json` and `observations.<hash>.json`), instead
 * of serialising it into every page's HTML. The app imports their URLs from `virtual:atlas-dataset`
 * (see src/lib/data/shipped.ts). In the client build the files are emitted by Rollup, so their URLs
 * are relative to the app and work under any sub-path; `vite dev` serves them from memory. The server
 * build never fetches them (it renders from the dataset directly); it gets their paths under the
 * site's root (the same content hash, computed here), so each page's HTML can preload them.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { runnerImport, type Plugin, type ViteDevServer } from 'vite';
import type { ShippedJson } from '../src/lib/data/pack';
import { readDataFolder } from './vite-validate-data.ts';

type Data = typeof import('../src/lib/data/validate') &
	typeof import('../src/lib/data/pack') &
	typeof import('../src/lib/data/sniff');

/** The data layer, loaded with Vite's module runner when needed (the config imports no app module). */
async function loadData(): Promise<Data> {
	const root = resolve(import.meta.dirname, '..');
	const load = async <T>(file: string) =>
		(await runnerImport<T>(join(root, file), { configFile: false, logLevel: 'silent' })).module;
	return {
		...(await load<typeof import('../src/lib/data/validate')>('src/lib/data/validate.ts')),
		...(await load<typeof import('../src/lib/data/pack')>('src/lib/data/pack.ts')),
		...(await load<typeof import('../src/lib/data/sniff')>('src/lib/data/sniff.ts'))
	};
}

const ID = 'virtual:atlas-dataset';
const RESOLVED = '\0' + ID;
const DEV_PATH = '/@atlas-dataset/';
/** SvelteKit's `kit.appDir` (the default, which svelte.config.js keeps). */
const IMMUTABLE = '_app/immutable/assets';

/** `_app/immutable/assets/<name>.<content hash>.json`, the same in the client and server builds. */
const assetPath = (name: string, source: string) =>
	`${IMMUTABLE}/${name}.${createHash('sha256').update(source).digest('base64url').slice(0, 10)}.json`;

async function shipped(dir: string): Promise<ShippedJson> {
	const { decodeCsvBytes, shippedJson, validateDataset } = await loadData();
	const result = validateDataset(readDataFolder(dir, decodeCsvBytes));
	// An invalid dataset fails the build in validateDataPlugin, with every error listed.
	if (!result.ok) return { tables: '{}', observations: '[]' };
	return shippedJson(result.model);
}

export function datasetAssetPlugin(dir = 'data'): Plugin {
	let serve = false;
	return {
		name: 'itu-atlas:dataset-asset',
		configResolved(config) {
			serve = config.command === 'serve';
		},
		resolveId: (id) => (id === ID ? RESOLVED : undefined),
		async load(id, options) {
			if (id !== RESOLVED) return;
			if (serve && !options?.ssr)
				return [
					`export const tablesUrl = ${JSON.stringify(DEV_PATH + 'dataset.json')};`,
					`export const observationsUrl = ${JSON.stringify(DEV_PATH + 'observations.json')};`
				].join('\n');
			const json = await shipped(dir);
			const files = {
				tables: assetPath('dataset', json.tables),
				observations: assetPath('observations', json.observations)
			};
			if (options?.ssr)
				return [
					'export const tablesUrl = "";',
					'export const observationsUrl = "";',
					// Dev serves no hashed files: nothing to preload.
					`export const preloadFiles = ${JSON.stringify(serve ? null : files)};`
				].join('\n');
			const tables = this.emitFile({ type: 'asset', fileName: files.tables, source: json.tables });
			const observations = this.emitFile({
				type: 'asset',
				fileName: files.observations,
				source: json.observations
			});
			return [
				`export const tablesUrl = import.meta.ROLLUP_FILE_URL_${tables};`,
				`export const observationsUrl = import.meta.ROLLUP_FILE_URL_${observations};`,
				'export const preloadFiles = null;'
			].join('\n');
		},
		configureServer(server: ViteDevServer) {
			server.middlewares.use(async (req, res, next) => {
				const path = req.url?.split('?')[0] ?? '';
				const at = path.indexOf(DEV_PATH);
				if (at < 0) return next();
				const json = await shipped(dir);
				const file = path.slice(at + DEV_PATH.length);
				const body = file === 'dataset.json' ? json.tables : json.observations;
				res.setHeader('content-type', 'application/json');
				res.end(body);
			});
		}
	};
}
