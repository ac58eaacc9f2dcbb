/**
 * The machinery of a view's URL parameters: each parameter is one `ParamSpec` (its name, its place
 * in the written query, how to read it and how to write it). The shared parameters
 * (`shared.ts`) and each view's own (`<view>/url.ts`) are lists of specs; `state.ts` joins them
 * into the one view state every page reads. Pure; relative imports only (the data validator that
 * checks briefing steps runs in vite.config.ts, before `$lib` exists).
 */

/** Reports an ignored value: the value (or the bad parts of a list) and why, as a sentence end. */
export type Ignore = (value: string, why: string) => void;

export interface ParamSpec<S> {
	/** The name in the query string, e.g. `sdg`. */
	name: string;
	/** Its place in the written query (lower first). */
	order: number;
	/** Reads `raw` into `s` (mutating it), or reports it with `ignore`. */
	read(raw: string, s: S, ignore: Ignore): void;
	/** The value to write (not encoded), or null to leave the parameter out. */
	write(s: S): string | null;
}

/** The parameters a view reads, with their defaults. */
export interface ParamSet<S> {
	defaults: S;
	specs: readonly ParamSpec<S>[];
}

export const SLUG = /^[a-z0-9]+(?:[-._][a-z0-9]+)*$/;
export const slugOf = (s: string) => (SLUG.test(s) && s.length <= 80 ? s : null);

/** Reads a comma-separated list: accepted values (first occurrence kept) and the bad parts. */
export function readList<T extends string>(
	raw: string,
	accept: (s: string) => T | null,
	what: string,
	ignore: Ignore
): T[] {
	const value: T[] = [];
	const bad: string[] = [];
	for (const part of raw.split(',')) {
		const s = part.trim();
		if (!s) continue;
		const v = accept(s);
		if (v === null) bad.push(s);
		else if (!value.includes(v)) value.push(v);
	}
	if (bad.length) ignore(bad.join(','), `not ${what}`);
	return value;
}

/** A list written sorted (numbers in numeric order, other values alphabetically), or null if empty. */
export function writeList(values: readonly (string | number)[]): string | null {
	return values.length ? [...new Set(values.map(String))].sort(sortKey).join(',') : null;
}

function sortKey(a: string, b: string): number {
	return /^\d+$/.test(a) && /^\d+$/.test(b) ? +a - +b : a < b ? -1 : a > b ? 1 : 0;
}

export function num(s: string | undefined): number | null {
	if (s === undefined || !/^-?\d+(\.\d+)?$/.test(s.trim())) return null;
	const n = Number(s);
	return Number.isFinite(n) ? n : null;
}

export const round = (n: number, digits: number) =>
	String(Math.round(n * 10 ** digits) / 10 ** digits);

/** The selected id (`sel`), read by the graph, the timeline and the targets view. */
export function selParam<S extends { sel: string | null }>(order: number): ParamSpec<S> {
	return {
		name: 'sel',
		order,
		read(raw, s, ignore) {
			if (slugOf(raw)) s.sel = raw;
			else ignore(raw, 'not an id');
		},
		write: (s) => s.sel
	};
}

/** Specs joined by name (the first of a name wins) and sorted into writing order. */
export function joinSpecs<S>(lists: readonly (readonly ParamSpec<S>[])[]): ParamSpec<S>[] {
	const byName = new Map<string, ParamSpec<S>>();
	for (const list of lists) for (const p of list) if (!byName.has(p.name)) byName.set(p.name, p);
	return [...byName.values()].sort((a, b) => a.order - b.order);
}

/**
 * Reads `params` with `specs`: unknown, repeated or unreadable parameters are ignored and
 * explained in `notices`; a `v` other than `version` is read as `version`, with a notice.
 */
export function parseParams<S extends object>(
	specs: readonly ParamSpec<S>[],
	defaults: S,
	version: number,
	params: URLSearchParams
): { state: S; notices: string[] } {
	const state: S = { ...defaults };
	const notices: string[] = [];
	const seen = new Set<string>();
	const byName = new Map(specs.map((p) => [p.name, p]));
	for (const [name, raw] of params) {
		const spec = byName.get(name);
		if (!spec && name !== 'v') {
			if (!seen.has(name)) notices.push(`Ignored the unknown parameter “${name.slice(0, 40)}”.`);
			seen.add(name);
			continue;
		}
		if (seen.has(name)) {
			notices.push(`Ignored a repeated “${name}” (the first one counts).`);
			continue;
		}
		seen.add(name);
		if (!spec) {
			if (raw !== String(version))
				notices.push(
					`This link is for version ${raw.slice(0, 10)} of the view; read as version ${version}.`
				);
			continue;
		}
		spec.read(raw, state, (value, why) =>
			notices.push(`Ignored ${name}=${value.slice(0, 40)}: ${why}.`)
		);
	}
	return { state, notices };
}

/** The query string (without `?`): `v=<version>` first, then each written parameter; "" if none. */
export function writeParams<S>(specs: readonly ParamSpec<S>[], version: number, s: S): string {
	const parts: string[] = [];
	for (const p of specs) {
		const value = p.write(s);
		if (value === null) continue;
		parts.push(`${p.name}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':')}`);
	}
	return parts.length ? [`v=${version}`, ...parts].join('&') : '';
}
