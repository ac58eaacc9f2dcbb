/**
 * How each table is shown on the Data page: its title, what it holds, and its columns as display
 * strings. Pure: used by the table browser and its tests.
 */
import type { Dataset, PartialDate, TableFile } from './types';

export interface Column {
	key: string;
	label: string;
}

export interface TableView {
	file: TableFile;
	title: string;
	about: string;
	columns: Column[];
	rows: Record<string, unknown>[];
}

const META: Record<TableFile, { key: keyof Dataset; title: string; about: string }> = {
	'sources.csv': { key: 'sources', title: 'Sources', about: 'Where every fact comes from.' },
	'entities.csv': {
		key: 'entities',
		title: 'Entities',
		about: 'ITU’s bodies, units, initiatives, outputs, event series and partners.'
	},
	'events.csv': { key: 'events', title: 'Events', about: 'Dated meetings and milestones.' },
	'sdgs.csv': { key: 'sdgs', title: 'SDGs', about: 'The 17 Sustainable Development Goals.' },
	'wsis_action_lines.csv': {
		key: 'wsisActionLines',
		title: 'WSIS Action Lines',
		about: 'The WSIS Action Lines and ITU’s role in each.'
	},
	'frameworks.csv': { key: 'frameworks', title: 'Frameworks', about: 'Target frameworks.' },
	'goals.csv': { key: 'goals', title: 'Goals', about: 'Goals of each framework (SDGs apart).' },
	'targets.csv': { key: 'targets', title: 'Targets', about: 'Connect 2030 and other targets.' },
	'indicators.csv': { key: 'indicators', title: 'Indicators', about: 'What is measured.' },
	'observations.csv': {
		key: 'observations',
		title: 'Observations',
		about: 'Measured values, each with its report edition.'
	},
	'relations.csv': { key: 'relations', title: 'Relations', about: 'Typed links between ids.' },
	'facts.csv': { key: 'facts', title: 'Facts', about: 'Claims with a value, one row per claim.' },
	'sdg_targets.csv': {
		key: 'sdgTargets',
		title: 'SDG targets',
		about: 'SDG targets named by the alignment rows, each linked to its SDG.'
	},
	'sdg_alignment.csv': {
		key: 'sdgAlignment',
		title: 'SDG alignment',
		about:
			'Evidence that an entity, WSIS Action Line or indicator serves an SDG: stated by a source, the WSIS–SDG Matrix, or custodianship of an SDG indicator.'
	},
	'briefings.csv': {
		key: 'briefings',
		title: 'Briefings',
		about: 'Briefing decks: ordered steps, each a view with speaker notes.'
	}
};

const HIDDEN = new Set(['origin', 'status', 'statusNote', 'source', 'implicit', 'namesSource']);

function label(key: string): string {
	const words = key.replace(/([A-Z])/g, ' $1').toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

function isDate(v: unknown): v is PartialDate {
	return typeof v === 'object' && v !== null && 'precision' in v && 'text' in v;
}

/** A cell as text: lists joined with "; ", dates as written, names by language, absent values empty. */
export function cellText(v: unknown): string {
	if (v === undefined || v === null) return '';
	if (Array.isArray(v)) return v.map(cellText).join('; ');
	if (isDate(v)) return v.text;
	if (typeof v === 'object')
		return Object.entries(v)
			.map(([k, x]) => `${k}: ${cellText(x)}`)
			.join('; ');
	return String(v);
}

/** The tables of a dataset as views, in file order; the provenance columns come last. */
export function tableViews(d: Dataset): TableView[] {
	return (Object.keys(META) as TableFile[]).map((file) => {
		const meta = META[file];
		const rows = ((d[meta.key] ?? []) as unknown as Record<string, unknown>[]).filter(
			(r) => r.implicit !== true
		);
		const keys = new Set<string>();
		for (const r of rows.slice(0, 200))
			for (const k of Object.keys(r)) if (!HIDDEN.has(k)) keys.add(k);
		return {
			file,
			title: meta.title,
			about: meta.about,
			columns: [...keys].map((key) => ({ key, label: label(key) })),
			rows
		};
	});
}

/** Rows whose visible text contains every word of the query (case-insensitive). */
export function searchRows<T extends Record<string, unknown>>(rows: T[], query: string): T[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (!words.length) return rows;
	return rows.filter((r) => {
		const text = Object.entries(r)
			.filter(([k]) => k !== 'origin')
			.map(([, v]) => cellText(v))
			.join(' ')
			.toLowerCase();
		return words.every((w) => text.includes(w));
	});
}
