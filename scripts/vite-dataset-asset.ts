/**
 * A Vite plugin that ships the embedded dataset once, as hashed, immutable assets the browser caches
 * across pages (`_app/immutable/assets/dataset.<hash>.json` and `observations.<hash>.json`), instead
 * of serialising it into every page's HTML. The app imports their URLs from `virtual:atlas-dataset`
 * (see src/lib/data/shipped.ts). In the client build the files are emitted by Rollup, so their URLs
 * are relative to the app and work under any sub-path; `vite dev` serves them from memory; the server
 * build gets no URLs (it renders from the dataset directly, never fetches).
 */
import type { Plugin, ViteDevServer } from 'vite';
import { validateDataset } from '../src/lib/data/validate';
import { shippedJson, type ShippedJson } from '../src/lib/data/pack';
import { readDataFolder } from './vite-validate-data';

const ID = 'virtual:atlas-dataset';
const RESOLVED = '\0' + ID;
const DEV_PATH = '/@atlas-dataset/';

function shipped(dir: string): ShippedJson {
	const result = validateDataset(readDataFolder(dir));
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
		load(id, options) {
			if (id !== RESOLVED) return;
			if (options?.ssr) return 'export const tablesUrl = "";\nexport const observationsUrl = "";';
			if (serve)
				return [
					`export const tablesUrl = ${JSON.stringify(DEV_PATH + 'dataset.json')};`,
					`export const observationsUrl = ${JSON.stringify(DEV_PATH + 'observations.json')};`
				].join('\n');
			const json = shipped(dir);
			const tables = this.emitFile({ type: 'asset', name: 'dataset.json', source: json.tables });
			const observations = this.emitFile({
				type: 'asset',
				name: 'observations.json',
				source: json.observations
			});
			return [
				`export const tablesUrl = import.meta.ROLLUP_FILE_URL_${tables};`,
				`export const observationsUrl = import.meta.ROLLUP_FILE_URL_${observations};`
			].join('\n');
		},
		configureServer(server: ViteDevServer) {
			server.middlewares.use((req, res, next) => {
				const path = req.url?.split('?')[0] ?? '';
				const at = path.indexOf(DEV_PATH);
				if (at < 0) return next();
				const json = shipped(dir);
				const file = path.slice(at + DEV_PATH.length);
				const body = file === 'dataset.json' ? json.tables : json.observations;
				res.setHeader('content-type', 'application/json');
				res.end(body);
			});
		}
	};
}
