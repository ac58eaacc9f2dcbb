/**
 * A Vite plugin that validates `data/*.csv` when a build starts: a data error fails the build and
 * prints every problem as `file:row:column — message`. It uses the same pure function as the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue, validateAtlas } from '../src/lib/views/validate';

export function readDataFolder(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const name of readdirSync(dir)) {
		if (name.endsWith('.csv')) files[name] = readFileSync(join(dir, name), 'utf8');
	}
	return files;
}

export function validateDataPlugin(dir = 'data'): Plugin {
	return {
		name: 'itu-atlas:validate-data',
		apply: 'build',
		buildStart() {
			const result = validateAtlas(readDataFolder(dir));
			if (!result.ok) {
				const list = result.errors.map(formatIssue).join('\n');
				this.error(`The dataset in ${dir}/ has ${result.errors.length} error(s):\n${list}`);
			}
		}
	};
}
