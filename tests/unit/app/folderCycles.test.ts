/**
 * Dependencies between the folders of src/lib point one way: no folder imports, directly or
 * through others, a folder that imports it back (the logic of `folder_cycles.py`: imports via
 * `$lib/x`, `../x` and `./x`, resolved to their top folder under src/lib; type imports count).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve(__dirname, '../../../src/lib');
const IMPORT =
	/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]/g;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path);
		return /\.(ts|js|svelte)$/.test(name) ? [path] : [];
	});
}

/** The top folder under `lib` of a path, or null outside it (or for a file directly in it). */
function topFolder(lib: string, path: string): string | null {
	const rel = relative(lib, path);
	if (rel.startsWith('..')) return null;
	const [top, ...rest] = rel.split(sep);
	return rest.length ? top! : top!.split('.')[0]!;
}

/** Folder → folders it imports, for the source files under `lib`. */
export function folderEdges(lib: string): Map<string, Set<string>> {
	const edges = new Map<string, Set<string>>();
	for (const file of files(lib)) {
		const rel = relative(lib, file).split(sep);
		if (rel.length < 2) continue;
		const from = rel[0]!;
		for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
			const spec = m[1] ?? m[2] ?? m[3]!;
			let target: string;
			if (spec.startsWith('$lib/')) target = join(lib, spec.slice(5));
			else if (spec.startsWith('.')) target = resolve(dirname(file), spec);
			else continue;
			const to = topFolder(lib, target);
			if (to && to !== from) {
				if (!edges.has(from)) edges.set(from, new Set());
				edges.get(from)!.add(to);
			}
		}
	}
	return edges;
}

/** The strongly connected components of more than one folder (Tarjan), each sorted. */
export function cycles(edges: Map<string, Set<string>>): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const on = new Set<string>();
	const out: string[][] = [];
	let i = 0;
	const strong = (v: string) => {
		index.set(v, i);
		low.set(v, i++);
		stack.push(v);
		on.add(v);
		for (const w of edges.get(v) ?? []) {
			if (!index.has(w)) {
				strong(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
		}
		if (low.get(v) === index.get(v)) {
			const c: string[] = [];
			let w: string;
			do {
				w = stack.pop()!;
				on.delete(w);
				c.push(w);
			} while (w !== v);
			if (c.length > 1) out.push(c.sort());
		}
	};
	for (const v of edges.keys()) if (!index.has(v)) strong(v);
	return out;
}

describe('folder dependencies in src/lib', () => {
	it('finds a cycle when there is one (the check itself)', () => {
		const edges = new Map([
			['a', new Set(['b'])],
			['b', new Set(['c'])],
			['c', new Set(['a'])],
			['d', new Set(['a'])]
		]);
		expect(cycles(edges)).toEqual([['a', 'b', 'c']]);
		expect(cycles(new Map([['a', new Set(['b'])]]))).toEqual([]);
	});

	it('reads imports of the app, with the data layer at the bottom', () => {
		const edges = folderEdges(LIB);
		expect(edges.get('views')?.has('data')).toBe(true);
		expect([...(edges.get('data') ?? [])]).toEqual([]);
	});

	it('has no folder cycle', () => {
		expect(cycles(folderEdges(LIB)).map((c) => c.join(' <-> '))).toEqual([]);
	});
});
