/** The embedded `data/*.csv` files, read from disk (for scripts run outside Vite). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFiles } from '../src/lib/data/types';

export function embeddedFiles(dir = 'data'): DatasetFiles {
	const files: DatasetFiles = {};
	for (const name of readdirSync(dir))
		if (name.endsWith('.csv')) files[name] = readFileSync(join(dir, name), 'utf8');
	return files;
}
