import type { DatasetFiles } from './types';

/**
 * A short, stable fingerprint of a dataset's files (FNV-1a over names and contents), shown on
 * exports and the data page so a reader can tell which version of the data they are looking at.
 */
export function datasetVersion(files: DatasetFiles): string {
	let h = 0x811c9dc5;
	for (const name of Object.keys(files).sort()) {
		const text = name + '\u0000' + files[name];
		for (let i = 0; i < text.length; i++) {
			h ^= text.charCodeAt(i);
			h = Math.imul(h, 0x01000193);
		}
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}
