/**
 * A synthetic but valid ITU Atlas dataset of any size, for benchmarks: an organisation-like
 * hierarchy (ITU → sectors → bureaux and study groups → questions …) with cross-links, plus
 * events, SDGs, WSIS lines, frameworks, goals, targets, indicators, observations and facts.
 * Deterministic for a seed. CLI: `tsx scripts/synthetic.ts --nodes 5000 --out /tmp/synth-5000
 * [--links 4] [--seed 1] [--observations N]` writes the CSV files into the folder.
 */
import Papa from 'papaparse';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COLUMN_SPECS } from '../src/lib/data/schema';
import type { DatasetFiles, TableFile } from '../src/lib/data/types';
import type { Rng } from './synthetic-graph';
import { syntheticRows } from './synthetic-rows';

export interface SyntheticOptions {
	/** Number of graph nodes across all node tables (at least 20). */
	nodes: number;
	/** Explicit relations per node (relations.csv has about `nodes × linksPerNode` rows). */
	linksPerNode?: number;
	seed?: number;
	/** Rows of observations.csv; default a tenth of `nodes`. */
	observations?: number;
}

/** mulberry32: a small, fast, seeded PRNG returning numbers in [0, 1). */
export function seededRandom(seed: number): Rng {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Builds the CSV files of a valid synthetic dataset (see the file comment). */
export function makeSyntheticDataset(options: SyntheticOptions): DatasetFiles {
	const nodes = Math.max(20, Math.floor(options.nodes));
	const links = Math.round(nodes * (options.linksPerNode ?? 4));
	const observations = options.observations ?? Math.max(1, Math.round(nodes / 10));
	const rows = syntheticRows(nodes, links, observations, seededRandom(options.seed ?? 1));
	const files: DatasetFiles = {};
	for (const [file, data] of Object.entries(rows)) {
		const fields = COLUMN_SPECS[file as TableFile].columns as string[];
		files[file] = Papa.unparse({ fields, data: data.map((r) => fields.map((f) => r[f] ?? '')) });
	}
	return files;
}

function main(argv: string[]): void {
	const arg = (name: string) => {
		const i = argv.indexOf(`--${name}`);
		return i === -1 ? undefined : argv[i + 1];
	};
	const nodes = Number(arg('nodes') ?? 1000);
	const out = arg('out') ?? `/tmp/synth-${nodes}`;
	const obs = arg('observations');
	const files = makeSyntheticDataset({
		nodes,
		linksPerNode: Number(arg('links') ?? 4),
		seed: Number(arg('seed') ?? 1),
		observations: obs === undefined ? undefined : Number(obs)
	});
	mkdirSync(out, { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text + '\n');
	const rows = Object.values(files).reduce((sum, t) => sum + t.split('\n').length - 1, 0);
	console.log(`Wrote ${Object.keys(files).length} tables, ${rows} rows, to ${resolve(out)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	main(process.argv.slice(2));
}
