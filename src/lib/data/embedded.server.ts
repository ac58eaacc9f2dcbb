/**
 * The dataset shipped with the app: `data/*.csv`, bundled as text at build time and validated once.
 * Server-only (prerender): the browser receives the ready model, never repeats this work.
 */
import { formatIssue, validateDataset } from './validate';
import { datasetVersion } from './version';
import type { Dataset, DatasetFiles } from './types';

const raw = import.meta.glob('/data/*.csv', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** The embedded CSV files, keyed by file name. */
export const embeddedFiles: DatasetFiles = Object.fromEntries(
	Object.entries(raw).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text])
);

let cached: { dataset: Dataset; version: string } | undefined;

/** The validated embedded dataset; throws (failing the build) with every located error. */
export function embeddedDataset(): { dataset: Dataset; version: string } {
	if (cached) return cached;
	const result = validateDataset(embeddedFiles);
	if (!result.ok) {
		throw new Error(`data/ has errors:\n${result.errors.map(formatIssue).join('\n')}`);
	}
	cached = { dataset: result.model, version: datasetVersion(embeddedFiles) };
	return cached;
}
