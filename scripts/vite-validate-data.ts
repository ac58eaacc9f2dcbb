/**
 * A Vite plugin that validates `data/*.csv` when a build starts: a data error fails the build and
 * prints every problem as `file:row:column — message` (and nothing else: no stack trace). It uses
 * the same pure function as the browser, loaded with Vite's module runner when the build starts, so
 * the config itself imports no app module (Vite's config loader then has nothing to warn about).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

type Data = typeof import('../src/lib/views/validate') & typeof import('../src/lib/data/sniff');

async function loadData(): Promise<Data> {
	const root = resolve(import.meta.dirname, '..');
	const load = async <T>(file: string) =>
		(await runnerImport<T>(join(root, file), { configFile: false, logLevel: 'silent' })).module;
	return {
		...(await load<typeof import('../src/lib/views/validate')>('src/lib/views/validate.ts')),
		...(await load<typeof import('../src/lib/data/sniff')>('src/lib/data/sniff.ts'))
	};
}

/** Every `*.csv` file of `dir`, decoded strictly as UTF-8 with `decode`. */
export function readDataFolder(
	dir: string,
	decode: (bytes: Uint8Array) => string
): Record<string, string> {
	const files: Record<string, string> = {};
	for (const name of readdirSync(dir)) {
		if (name.endsWith('.csv')) files[name] = decode(readFileSync(join(dir, name)));
	}
	return files;
}

export function validateDataPlugin(dir = 'data'): Plugin {
	return {
		name: 'itu-atlas:validate-data',
		apply: 'build',
		async buildStart() {
			const { decodeCsvBytes, formatIssue, validateAtlas } = await loadData();
			const result = validateAtlas(readDataFolder(dir, decodeCsvBytes));
			if (!result.ok) {
				const list = result.errors.map(formatIssue).join('\n');
				console.error(`\nThe dataset in ${dir}/ has ${result.errors.length} error(s):\n${list}\n`);
				process.exit(1);
			}
		}
	};
}
