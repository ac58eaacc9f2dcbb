/**
 * What every export carries so a reader can tell which data it shows: the data version (a
 * fingerprint of the CSV files) and the date the site was built, in the caption and in the file
 * name. Pure.
 */

export interface DataStamp {
	/** `datasetVersion()` of the files, e.g. `3f2a1c9d`. */
	version: string;
	/** The build date, `YYYY-MM-DD`. */
	builtAt: string;
}

/** "ITU Atlas data version 3f2a1c9d, built 2026-11-23". */
export function stampText(s: DataStamp): string {
	return `ITU Atlas data version ${s.version}, built ${s.builtAt}`;
}

/**
 * The caption lines an exported image carries: the view's description, then the data version and
 * date with the link back to the live view.
 */
export function exportCaption(description: string, s: DataStamp, link?: string): string[] {
	const lines = description ? [description] : [];
	lines.push(`${stampText(s)}${link ? ` · ${link}` : ''}`);
	return lines;
}

/** `itu-atlas-graph` + `svg` → `itu-atlas-graph-3f2a1c9d-2026-11-23.svg`. */
export function stampedName(base: string, s: DataStamp, ext: string): string {
	return `${base}-${s.version}-${s.builtAt}.${ext}`;
}

const STAMP_SUFFIX = /-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}$/;

/**
 * A file name without what downloads add to it: the data stamp (`entities-3f2a1c9d-2026-11-23.csv`)
 * and the browser's copy number (`entities (1).csv`). `entities.csv` is unchanged.
 */
export function unstampedName(name: string): string {
	const m = /^(.*?)(\.[^.]*)?$/.exec(name.trim())!;
	const base = m[1]!.replace(/\s*\(\d+\)$/, '').replace(STAMP_SUFFIX, '');
	return `${base}${m[2] ?? ''}`;
}

/** Wraps text into lines of at most `max` characters, at spaces (for captions drawn in SVG). */
export function wrap(text: string, max: number): string[] {
	const out: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && line.length + word.length + 1 > max) {
			out.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) out.push(line);
	return out;
}
