/**
 * `npm run bench:data`: times `validateDataset` (parse + type + integrity + model) on synthetic
 * datasets of about 10k and 100k rows, in two shapes: a graph (entities and events with four
 * relations per node) and an observation table. Prints a markdown table of median timings.
 */
import { cpus, loadavg } from 'node:os';
import { validateDataset } from '../src/lib/data/validate';
import type { DatasetFiles } from '../src/lib/data/types';
import { makeSyntheticDataset } from './synthetic';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Case {
	shape: string;
	files: DatasetFiles;
}

function countRows(files: DatasetFiles): number {
	let rows = 0;
	for (const text of Object.values(files)) rows += text.split('\n').length - 1;
	return rows;
}

function bytes(files: DatasetFiles): number {
	let total = 0;
	for (const text of Object.values(files)) total += new TextEncoder().encode(text).length;
	return total;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Median wall time (performance.now) and median process CPU time of `validateDataset(files)`
 * over `RUNS` runs after one warm-up run. On a shared machine the CPU time is the steadier one.
 */
function time(files: DatasetFiles): { wall: number; cpu: number } {
	const first = validateDataset(files);
	if (!first.ok) throw new Error(`synthetic dataset is invalid: ${first.errors[0]?.message}`);
	const wall: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const startCpu = process.cpuUsage();
		const start = performance.now();
		validateDataset(files);
		wall.push(performance.now() - start);
		const used = process.cpuUsage(startCpu);
		cpu.push((used.user + used.system) / 1000);
	}
	return { wall: median(wall), cpu: median(cpu) };
}

function cases(): Case[] {
	// About 5.1 rows per node: the node itself, 4 relations, and a few observations and facts.
	return [10_000, 100_000].flatMap((rows) => [
		{
			shape: `graph: ${Math.round(rows / 5.12)} nodes + 4 relations/node`,
			files: makeSyntheticDataset({ nodes: Math.round(rows / 5.12), linksPerNode: 4, seed: 1 })
		},
		{
			shape: `observations: ${rows} rows (+ 200 nodes)`,
			files: makeSyntheticDataset({ nodes: 200, linksPerNode: 1, observations: rows, seed: 2 })
		}
	]);
}

const lines = [
	`parse + validate + build model, median of ${RUNS} runs after a warm-up (Node ${process.version}, ${cpus().length} CPUs, load ${loadavg()[0]!.toFixed(1)})`,
	'',
	'| dataset | rows | bytes | median ms | rows/s | median CPU ms |',
	'| --- | ---: | ---: | ---: | ---: | ---: |'
];
for (const { shape, files } of cases()) {
	const rows = countRows(files);
	const { wall, cpu } = time(files);
	const perSecond = Math.round(rows / (wall / 1000));
	lines.push(
		`| ${shape} | ${rows} | ${bytes(files)} | ${wall.toFixed(0)} | ${perSecond} | ${cpu.toFixed(0)} |`
	);
	console.log(lines.splice(0).join('\n'));
}
