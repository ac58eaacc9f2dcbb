/**
 * The rows of each synthetic table (see synthetic.ts), as plain objects keyed by column. Sizes
 * follow the number of graph nodes; entities take whatever the other node tables leave.
 */
import type { TableFile } from '../src/lib/data/types';
import { planEntities, planLinks, type Rng, type SynthNode } from './synthetic-graph';

import { clamp, times, tools, sizes, type Cells } from './synthetic-tools';

/** Every table's rows for `n` nodes, `links` relations and `observations` observations. */
export function syntheticRows(
	n: number,
	links: number,
	observations: number,
	rng: Rng
): Record<TableFile, Cells[]> {
	const { pick, sourceIds, provenance } = tools(rng);
	const size = sizes(n);
	for (let i = 0; i < clamp(n / 1000, 3, 200); i++) sourceIds.push(`src-${i}`);
	const entities = planEntities(size.entities, rng);
	const series = entities.filter((e) => e.type === 'event_series');
	const events = times(size.events, (i) => {
		const year = 1900 + Math.floor(rng() * 124);
		const s = series.length > 0 && rng() < 0.8 ? pick(series).id : '';
		const kind = s ? 'instance' : 'milestone';
		const day = 1 + (i % 9);
		return {
			id: `ev-${i}`,
			name: `Event ${i}`,
			kind,
			series: s,
			start_date: `${year}-06-0${day}`,
			end_date: `${year}-06-1${day}`,
			place: 'Geneva',
			...provenance()
		};
	});
	const sdgs = times(size.sdgs, (i) => ({
		id: `sdg-${i + 1}`,
		number: i + 1,
		short_name: `Goal ${i + 1}`,
		title: `Sustainable goal ${i + 1}`,
		colour: `#${((i * 0x3c9e1f) & 0xffffff).toString(16).padStart(6, '0')}`,
		...provenance()
	}));
	const indicators = times(size.indicators, (i) => ({
		id: `ind-${i}`,
		name: `Indicator ${i}`,
		unit: pick(['% of individuals', 'number', 'USD']),
		...provenance()
	}));
	const targets = times(size.targets, (i) => {
		const goal = i % size.goals;
		return {
			id: `tgt-${i}`,
			framework: `fw-${goal % size.frameworks}`,
			goal: `goal-${goal}`,
			code: `${goal}.${i}`,
			text: `Reach ${i % 100}% by 2030`,
			kind: 'at-least',
			target_value: i % 100,
			target_year: 2030,
			indicator: `ind-${i % size.indicators}`,
			...provenance()
		};
	});
	const graph: SynthNode[] = [
		...entities,
		...events.map((e) => ({ id: e.id, table: 'event' as const })),
		...sdgs.map((s) => ({ id: s.id, table: 'sdg' as const })),
		...targets.map((t) => ({ id: t.id, table: 'target' as const }))
	];
	return {
		'sources.csv': sourceIds.map((id, i) => ({
			id,
			title: `Synthetic source ${i}, "for benchmarks"`,
			kind: i < 5 ? 'seed' : pick(['web', 'report', 'dataset']),
			url: i < 5 ? '' : `https://example.org/source/${i}`,
			date: `20${10 + (i % 14)}-0${1 + (i % 9)}`
		})),
		'entities.csv': entities.map((e) => ({
			id: e.id,
			name: e.name,
			type: e.type,
			sector: pick(['ITU-R', 'ITU-T', 'ITU-D', 'GS', 'ITU']),
			description: `Synthetic ${e.type.replace('_', ' ')}, level ${e.level}`,
			aliases: `${e.id.toUpperCase()};Alias ${e.id}`,
			start_year: 1865 + Math.floor(rng() * 150),
			cadence: e.type === 'event_series' ? pick(['annual', 'every-4-years']) : '',
			...provenance()
		})),
		'events.csv': events,
		'sdgs.csv': sdgs,
		'wsis_action_lines.csv': times(size.wsis, (i) => ({
			id: `wsis-c${i + 1}`,
			code: `C${i + 1}`,
			title: `Action line ${i + 1}`,
			itu_role: pick(['lead-facilitator', 'facilitator', 'partner']),
			...provenance()
		})),
		'frameworks.csv': times(size.frameworks, (i) => ({
			id: `fw-${i}`,
			name: `Framework ${i}`,
			adopted_year: 2000 + i,
			deadline_year: 2030,
			...provenance()
		})),
		'goals.csv': times(size.goals, (i) => ({
			id: `goal-${i}`,
			framework: `fw-${i % size.frameworks}`,
			number: i + 1,
			name: `Goal ${i}`,
			...provenance()
		})),
		'targets.csv': targets,
		'indicators.csv': indicators,
		'observations.csv': times(observations, (i) => {
			const indicator = pick(indicators);
			return {
				id: `obs-${i}`,
				indicator: indicator.id,
				region: pick(['World', 'LDCs', 'Africa']),
				year: 2000 + (i % 24),
				value: (rng() * 100).toFixed(2),
				unit: indicator.unit,
				edition: 'Synthetic 2024',
				nature: pick(['observed', 'estimated']),
				...provenance()
			};
		}),
		'relations.csv': planLinks(entities, graph, links, rng).map((l) => ({ ...l, ...provenance() })),
		'facts.csv': times(clamp(n / 100, 1, 1e9), (i) => ({
			id: `fact-${i}`,
			subject: pick(entities).id,
			attribute: 'member_count',
			value: `${i}`,
			...provenance()
		})),
		// Briefing decks are hand-written; the synthetic dataset has none.
		'sdg_targets.csv': [],
		'sdg_alignment.csv': [],
		'briefings.csv': []
	};
}
