/**
 * A synthetic dataset for the timeline: the seeded synthetic dataset (synthetic.ts) plus enough
 * meeting series, instances, milestones and dated entities for `items` dated timeline items
 * across `lanes` lanes, with mixed date precision (year, month, day, ranges, open ends) and
 * some conflicting or unverified dates. CLI:
 * `tsx scripts/synthetic-timeline.ts --items 5000 --lanes 50 --out /tmp/synth-timeline [--seed 1]`.
 */
import Papa from 'papaparse';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COLUMN_SPECS } from '../src/lib/data/schema';
import type { DatasetFiles, TableFile } from '../src/lib/data/types';
import { validateDataset } from '../src/lib/data/validate';
import { buildTimeline } from '../src/lib/timeline/build';
import { makeSyntheticDataset, seededRandom } from './synthetic';

type Row = Record<string, string>;

const CADENCES = [
	'annual',
	'biennial',
	'every-3-years',
	'every-3-4-years',
	'every-4-years',
	'irregular'
];
const SECTORS = ['ITU-R', 'ITU-T', 'ITU-D', 'GS', 'ITU'];

function counts(files: DatasetFiles) {
	const r = validateDataset(files);
	if (!r.ok)
		throw new Error(`invalid: ${r.errors[0]?.file}:${r.errors[0]?.row} ${r.errors[0]?.message}`);
	const t = buildTimeline(r.model);
	return {
		lanes: t.lanes.length,
		items: t.items.filter((i) => i.shape !== 'expected').length,
		expected: t.items.length
	};
}

function append(files: DatasetFiles, file: TableFile, rows: Row[]) {
	const fields = COLUMN_SPECS[file].columns as string[];
	const old = Papa.parse<Row>(files[file] ?? '', { header: true, skipEmptyLines: true }).data;
	files[file] = Papa.unparse({
		fields,
		data: [...old, ...rows].map((r) => fields.map((f) => r[f] ?? ''))
	});
}

/** The synthetic dataset with about `items` dated timeline items in `lanes` lanes. */
export function makeTimelineDataset(items: number, lanes: number, seed = 1): DatasetFiles {
	const rng = seededRandom(seed);
	const pick = <T>(l: readonly T[]) => l[Math.floor(rng() * l.length)]!;
	const int = (a: number, b: number) => a + Math.floor(rng() * (b - a + 1));
	const files = makeSyntheticDataset({ nodes: 200, linksPerNode: 1, seed });
	const base = counts(files);
	const seriesCount = Math.max(1, lanes - base.lanes);
	const want = Math.max(0, items - base.items);
	const prov = (): Row => {
		const r = rng();
		const status =
			r < 0.03 ? 'conflict' : r < 0.08 ? 'unverified' : r < 0.75 ? 'verified' : 'seed-only';
		return {
			status,
			status_note: status === 'conflict' ? 'Two sources give different dates.' : '',
			source: 'src-0'
		};
	};
	const date = (y: number) => {
		const p = rng();
		const m = String(int(1, 12)).padStart(2, '0');
		const d = String(int(1, 28)).padStart(2, '0');
		return p < 0.3 ? `${y}` : p < 0.5 ? `${y}-${m}` : `${y}-${m}-${d}`;
	};
	const entities: Row[] = [];
	const events: Row[] = [];
	for (let s = 0; s < seriesCount; s++) {
		entities.push({
			id: `tl-series-${s}`,
			name: `Synthetic conference ${s}`,
			type: 'event_series',
			sector: pick(SECTORS),
			aliases: `SC${s}`,
			start_year: String(int(1870, 2000)),
			cadence: pick(CADENCES),
			...prov()
		});
	}
	const nInstances = Math.round(want * 0.7);
	const nMilestones = Math.round(want * 0.15);
	for (let i = 0; i < nInstances; i++) {
		const y = int(1866, 2029);
		const start = date(y);
		const end =
			start.length === 10 && rng() < 0.5
				? `${start.slice(0, 8)}${String(Math.min(28, Number(start.slice(8)) + int(1, 14))).padStart(2, '0')}`
				: '';
		events.push({
			id: `tl-ev-${i}`,
			name: `Meeting ${i}`,
			kind: 'instance',
			series: `tl-series-${i % seriesCount}`,
			start_date: start,
			end_date: end,
			place: pick(['Geneva', 'Busan', 'Dubai', 'Kigali', 'Baku', 'New Delhi']),
			...prov()
		});
	}
	for (let i = 0; i < nMilestones; i++)
		events.push({
			id: `tl-m-${i}`,
			name: `Milestone ${i}`,
			kind: 'milestone',
			start_date: date(int(1865, 2026)),
			sector: pick(SECTORS),
			...prov()
		});
	const nSpans = want - nInstances - nMilestones;
	const types = [
		'focus_group',
		'initiative',
		'programme',
		'study_group',
		'task_force',
		'working_group'
	];
	for (let i = 0; i < nSpans; i++) {
		const a = int(1870, 2025);
		const open = rng() < 0.3;
		entities.push({
			id: `tl-en-${i}`,
			name: `Synthetic ${i}`,
			type: pick(types),
			sector: pick(SECTORS),
			start_year: String(a),
			end_year: open ? '' : String(Math.min(2030, a + int(0, 12))),
			...prov()
		});
	}
	append(files, 'entities.csv', entities);
	append(files, 'events.csv', events);
	return files;
}

function main(argv: string[]) {
	const arg = (name: string, d: string) => {
		const i = argv.indexOf(`--${name}`);
		return i === -1 ? d : argv[i + 1]!;
	};
	const items = Number(arg('items', '5000'));
	const lanes = Number(arg('lanes', '50'));
	const out = arg('out', `/tmp/synth-timeline-${items}`);
	const files = makeTimelineDataset(items, lanes, Number(arg('seed', '1')));
	mkdirSync(out, { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text + '\n');
	const c = counts(files);
	console.log(
		`Wrote ${resolve(out)}: ${c.items} dated timeline items (+${c.expected - c.items} expected recurrences) in ${c.lanes} lanes`
	);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
	main(process.argv.slice(2));
