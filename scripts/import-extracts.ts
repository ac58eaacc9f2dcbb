/**
 * Rebuilds `data/observations.csv` from the research extracts in `../shared/reference/extracts/`
 * (relative to the repository), so that every observation's provenance can be reproduced:
 *
 *   npx tsx scripts/import-extracts.ts            # writes data/observations.csv
 *   npx tsx scripts/import-extracts.ts --check    # only checks that the file is up to date
 *
 * Inputs (each starts with a `# SOURCE:` comment line, skipped here):
 * - itu_headline_values_compiled.csv            hand-compiled ITU / GEM / GCI / Broadband Commission values
 * - wdi_it_net_user_zs_aggregates.csv           World Bank WDI IT.NET.USER.ZS (2024-09 vintage)
 * - wdi_it_net_bbnd_p2_aggregates.csv           World Bank WDI IT.NET.BBND.P2 (2024-09 vintage)
 * - owid_share_internet_users_world_regions.csv Our World in Data internet-use shares (2025-11 vintage)
 * - sdg_9c1_mobile_network_coverage_world_regions.csv  SDG 9.c.1 via OWID (2G / 3G / 4G)
 * - ../target-observations.csv                  the research on the targets without a status (section 3,
 *                                               mapped row by row in scripts/import-target-observations.ts)
 *
 * Rules (see data/README.md for the contract):
 * - One row per (indicator, region, year, edition); editions are never merged (ITU revises back-series).
 * - Values are copied as written; empty values are skipped. Nothing is interpolated or rounded.
 * - `source` is the row's own web page or data set (looked up by address in data/sources.csv),
 *   plus the compiled extract it was read from. A missing source is an error, not a guess.
 * - Status: VERIFIED-ITU / VERIFIED-SECONDARY -> verified; UNVERIFIED -> unverified;
 *   DERIVED -> verified inputs with nature `derived` and the calculation in status_note.
 * - Nature: `estimated` where the edition says "estimate" or the row is a projection.
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { targetResearchRows } from './import-target-observations';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTRACTS = process.env.ITU_EXTRACTS ?? resolve(REPO, '../shared/reference/extracts');
const REFERENCE = process.env.ITU_REFERENCE ?? resolve(EXTRACTS, '..');
const SOURCES_CSV = resolve(REPO, 'data/sources.csv');
const OUT = resolve(REPO, 'data/observations.csv');

const FIELDS = [
	'id',
	'indicator',
	'target',
	'region',
	'year',
	'value',
	'unit',
	'edition',
	'nature',
	'status',
	'status_note',
	'source'
] as const;
type Obs = Record<(typeof FIELDS)[number], string>;

// ---------------------------------------------------------------------------------------------
// Reading

function readExtract(name: string): Record<string, string>[] {
	const text = readFileSync(resolve(EXTRACTS, name), 'utf8');
	const body = text
		.replace(/^\uFEFF/, '')
		.split('\n')
		.filter((l) => !l.startsWith('#'))
		.join('\n');
	const parsed = Papa.parse<Record<string, string>>(body, {
		header: true,
		skipEmptyLines: 'greedy'
	});
	if (parsed.errors.length)
		throw new Error(`${name}: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
	return parsed.data;
}

/** Address -> source id, from data/sources.csv (the `url` column). */
function sourceIndex(): Map<string, string> {
	const parsed = Papa.parse<Record<string, string>>(readFileSync(SOURCES_CSV, 'utf8'), {
		header: true,
		skipEmptyLines: 'greedy'
	});
	const map = new Map<string, string>();
	for (const r of parsed.data) if (r.url) map.set(normUrl(r.url), r.id!);
	return map;
}

/** "https://x/y/ (read via proxy copy)" -> "https://x/y" */
function normUrl(u: string): string {
	return u
		.replace(/\s*\(.*\)\s*$/, '')
		.trim()
		.replace(/\/+$/, '');
}

// ---------------------------------------------------------------------------------------------
// Mappings (documented in the curator's report and in indicators.csv)

/** Indicator strings of the headline extract -> indicator id and the numeric unit used for it. */
const HEADLINE_INDICATORS: Record<string, { id: string; unit: string }> = {
	individuals_using_internet: { id: 'internet-use', unit: '% of population' },
	internet_users_count: { id: 'internet-users', unit: 'billion people' },
	internet_use_women: { id: 'internet-use-women', unit: '% of female population' },
	internet_use_men: { id: 'internet-use-men', unit: '% of male population' },
	gender_parity_score_internet: { id: 'gender-parity-internet', unit: 'ratio (women/men)' },
	gender_gap_internet_users: { id: 'gender-gap-internet-users', unit: 'million people' },
	households_internet_access: { id: 'households-internet', unit: '% of households' },
	mobile_cellular_coverage: { id: 'mobile-coverage-2g', unit: '% of population' },
	mobile_broadband_coverage_3g_plus: { id: 'mobile-coverage-3g', unit: '% of population' },
	mobile_5g_coverage: { id: 'mobile-coverage-5g', unit: '% of population' },
	mobile_broadband_basket_median: { id: 'mobile-broadband-basket', unit: '% of GNI per capita' },
	fixed_broadband_basket_median: { id: 'fixed-broadband-basket', unit: '% of GNI per capita' },
	economies_meeting_bbc_2pct_target_mobile: {
		id: 'economies-affordable-mobile-broadband',
		unit: 'number of economies'
	},
	economies_meeting_bbc_2pct_target_fixed: {
		id: 'economies-affordable-fixed-broadband',
		unit: 'number of economies'
	},
	lmics_meeting_bbc_2pct_target_either_basket: {
		id: 'lmics-affordable-broadband',
		unit: 'number of economies'
	},
	ewaste_generated: { id: 'ewaste-generated', unit: 'million tonnes' },
	ewaste_generated_projection: { id: 'ewaste-generated', unit: 'million tonnes' },
	ewaste_documented_collected_recycled_rate: {
		id: 'ewaste-recycling-rate',
		unit: '% of e-waste generated'
	},
	countries_with_ewaste_policy_legislation: {
		id: 'ewaste-legislation-countries',
		unit: 'number of countries'
	},
	countries_with_ewaste_policy_legislation_share: {
		id: 'ewaste-legislation-share',
		unit: '% of countries'
	},
	countries_with_national_cybersecurity_strategy: {
		id: 'cybersecurity-strategy-countries',
		unit: 'number of countries'
	},
	gci_tier1_role_modelling_countries: { id: 'gci-tier1-countries', unit: 'number of countries' },
	gci_tier3_tier4_countries: { id: 'gci-tier3-4-countries', unit: 'number of countries' },
	gci_average_score: { id: 'gci-average-score', unit: 'index score (0-1)' }
};

/** Extra notes for some indicator strings. */
const INDICATOR_NOTES: Record<string, string> = {
	mobile_cellular_coverage:
		'Extract indicator "mobile_cellular_coverage" (population covered by a mobile-cellular signal) is filed under at-least-2G coverage.',
	ewaste_generated_projection: 'Projection for 2030, not a measured value.'
};

/** Short slugs for the edition strings of the headline extract (used in ids only). */
const EDITION_SLUGS: Record<string, string> = {
	'ITU MIS 2015 (press Nov 2015)': 'mis2015-press',
	'ITU MIS 2015 (as reported)': 'mis2015-reported',
	'ITU Annual Report 2015 Goal 2 (Spanish)': 'ar2015-goal2',
	'ITU Annual Report 2015 Goal 3': 'ar2015-goal3',
	'ITU Annual Report 2017 Goal 2': 'ar2017-goal2',
	"ITU 'ICT trends in the LDCs' (Facts & Figures 2017)": 'ff2017-ldcs',
	'ITU estimate Dec 2018 (WTIS-18)': 'itu-est2018-12',
	'ITU estimate Dec 2018': 'itu-est2018-12',
	'ITU Facts & Figures 2019': 'ff2019',
	'ITU Measuring digital development 2019': 'mdd2019',
	'ITU Annual Report 2019-2020 key stats': 'ar2019-2020',
	"ITU backgrounder 'Digital inclusion of all'": 'bg-digital-inclusion',
	"ITU backgrounder 'Bridging the gender divide'": 'bg-gender-divide',
	'ITU Last-mile connectivity guide (2019 data)': 'last-mile-guide',
	'ITU Facts & Figures 2020 (as reported)': 'ff2020-reported',
	'ITU Facts & Figures 2021': 'ff2021',
	'ITU Facts & Figures 2021 (as reported)': 'ff2021-reported',
	'ITU Facts & Figures 2022': 'ff2022',
	'ITU Facts & Figures 2022 and 2023 (F&F 2024 revised 2019 to 0.91)': 'ff2022-2023',
	'Broadband Commission Target 2 page citing ITU F&F 2022': 'bbc-t2',
	'Broadband Commission Target 3 page (ITU estimates)': 'bbc-t3',
	'ITU Statistics page / Facts & Figures 2023': 'ff2023',
	'ITU Facts & Figures 2023': 'ff2023',
	'ITU Facts & Figures 2023 (as reported)': 'ff2023-reported',
	'ITU Facts & Figures 2023 and 2024': 'ff2023-2024',
	'ITU data as quoted Nov 2023': 'itu-2023-11-quoted',
	'ITU Facts & Figures 2024': 'ff2024',
	'ITU Facts & Figures 2024 foreword': 'ff2024-foreword',
	'ITU Facts & Figures 2024 (as summarised)': 'ff2024-summarised',
	'ITU SDG-ICT indicators page (F&F 2024 data)': 'itu-sdg-page',
	'ITU SDG-ICT indicators page': 'itu-sdg-page',
	'ITU Facts & Figures 2025': 'ff2025',
	'ITU Facts & Figures 2025 foreword': 'ff2025-foreword',
	'ITU Facts & Figures 2025 (as reported)': 'ff2025-reported',
	'ITU Facts & Figures 2025 (Xinhua)': 'ff2025-xinhua',
	'ITU Facts & Figures 2025 (UN DESA blog)': 'ff2025-undesa',
	'Global E-waste Monitor 2017': 'gem2017',
	'Global E-waste Monitor 2017/2020': 'gem2017-2020',
	'Global E-waste Monitor 2020': 'gem2020',
	'Global E-waste Monitor 2020 (input)': 'gem2020-input',
	'Global E-waste Monitor 2024': 'gem2024',
	'Global E-waste Monitor 2024 (inputs)': 'gem2024-inputs',
	'ITU Global Cybersecurity Index 2024 (as reported)': 'gci2024-reported',
	'ITU Global Cybersecurity Index 2024 (5th ed.)': 'gci2024'
};

/**
 * Edition strings that carry a note in brackets: the note moves to status_note, so the edition label
 * names only the edition (the app dates an edition by the last year in its label).
 */
const EDITION_NOTES: Record<string, { edition: string; note: string }> = {
	'ITU Facts & Figures 2022 and 2023 (F&F 2024 revised 2019 to 0.91)': {
		edition: 'ITU Facts & Figures 2022 and 2023',
		note: 'Edition as given: "ITU Facts & Figures 2022 and 2023 (F&F 2024 revised 2019 to 0.91)".'
	}
};

/** Region names normalised for consistency (the original name is kept in status_note). */
const REGION_RENAMES: Record<string, string> = {
	Developed: 'Developed countries',
	Developing: 'Developing countries',
	'Least developed countries: UN classification': 'LDCs (UN classification)',
	'Least Developed Countries (LDCs)': 'LDCs'
};
/** One source value stated for several groups at once -> one row per group. */
const REGION_SPLITS: Record<string, string[]> = {
	'LDCs and LLDCs (each)': ['LDCs', 'LLDCs']
};

const LMIC_PROXIES = new Set([
	'Low- and middle-income countries',
	'Low & middle income',
	'Low- and middle-income economies'
]);
const LDCS = new Set(['LDCs', 'LDCs (UN classification)']);

/** The target a value is reported against (facts.md section 3), or '' for none. */
function targetFor(indicator: string, region: string): { target: string; note?: string } {
	const world = region === 'World';
	switch (indicator) {
		case 'internet-use':
			if (world) return { target: 'c2030-1.2' };
			if (region === 'Developing countries') return { target: 'c2030-2.2.a' };
			if (LMIC_PROXIES.has(region))
				return {
					target: 'c2030-2.2.a',
					note: 'Low- and middle-income grouping used as the closest proxy for "the developing world": ITU dropped its developed/developing series after about 2021.'
				};
			if (LDCS.has(region)) return { target: 'c2030-2.2.b' };
			return { target: '' };
		case 'households-internet':
			if (world) return { target: 'c2030-1.1' };
			if (region === 'Developing countries') return { target: 'c2030-2.1.a' };
			if (LDCS.has(region)) return { target: 'c2030-2.1.b' };
			return { target: '' };
		case 'mobile-broadband-basket':
			return { target: world ? 'c2030-1.3' : '' };
		case 'mobile-coverage-3g':
			return { target: world ? 'c2030-2.4' : '' };
		case 'gender-parity-internet':
			return { target: world ? 'c2030-2.5.a' : '' };
		case 'cybersecurity-strategy-countries':
			return { target: world ? 'c2030-3.1' : '' };
		case 'ewaste-recycling-rate':
			return { target: world ? 'c2030-3.2' : '' };
		case 'ewaste-legislation-countries':
		case 'ewaste-legislation-share':
			return { target: world ? 'c2030-3.3' : '' };
		case 'economies-affordable-mobile-broadband':
		case 'economies-affordable-fixed-broadband':
		case 'lmics-affordable-broadband':
			return { target: 'bbc-2025-2' };
		case 'gci-average-score':
			return { target: 'c2020-3.1' };
		default:
			return { target: '' };
	}
}

/** The calculation behind each DERIVED row, keyed by "indicator|year". */
const DERIVATIONS: Record<string, string> = {
	'ewaste_documented_collected_recycled_rate|2010':
		'Derived by the research team, not a published figure: 8 of 34 billion kg of e-waste documented as formally collected and recycled in 2010 (GEM 2024 inputs) = 23.5%.',
	'countries_with_ewaste_policy_legislation_share|2019':
		'Derived by the research team, not a published figure: 78 countries with e-waste policy, legislation or regulation in 2019 (GEM 2020) / 193 ITU Member States = 40.4%.'
};

// ---------------------------------------------------------------------------------------------
// Helpers

function slug(s: string): string {
	return s
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

function obsId(indicator: string, region: string, year: string, editionSlug: string): string {
	return ['obs', indicator, slug(region), year, editionSlug].join('-');
}

function mapStatus(s: string): 'verified' | 'unverified' {
	if (s === 'VERIFIED-ITU' || s === 'VERIFIED-SECONDARY' || s === 'DERIVED') return 'verified';
	if (s === 'UNVERIFIED') return 'unverified';
	throw new Error(`unknown status ${s}`);
}

function joinNotes(notes: (string | undefined)[]): string {
	return notes.filter(Boolean).join(' ');
}

// ---------------------------------------------------------------------------------------------
// Building the rows

function build(): Obs[] {
	const sources = sourceIndex();
	const rows: Obs[] = [];
	const lookupSource = (url: string): string => {
		const id = sources.get(normUrl(url));
		if (!id) throw new Error(`no row in data/sources.csv for ${url}`);
		return id;
	};

	// 1. Hand-compiled ITU headline values -------------------------------------------------
	const HEADLINE = 'itu_headline_values_compiled.csv';
	for (const r of readExtract(HEADLINE)) {
		const ind = HEADLINE_INDICATORS[r.indicator!];
		if (!ind) throw new Error(`${HEADLINE}: unmapped indicator ${r.indicator}`);
		const edSlug = EDITION_SLUGS[r.source_edition!];
		if (!edSlug) throw new Error(`${HEADLINE}: no slug for edition ${r.source_edition}`);
		if (!r.value) continue;
		const edition = EDITION_NOTES[r.source_edition!]?.edition ?? r.source_edition!;
		const editionNote = EDITION_NOTES[r.source_edition!]?.note;
		const derived = r.status === 'DERIVED';
		const derivation = DERIVATIONS[`${r.indicator}|${r.year}`];
		if (derived && !derivation) throw new Error(`no derivation text for ${r.indicator} ${r.year}`);
		const estimated = /estimate/i.test(r.source_edition!) || r.indicator!.endsWith('_projection');
		const nature = derived ? 'derived' : estimated ? 'estimated' : 'observed';
		const source = `${lookupSource(r.source_url!)};itu-headline-values-compiled`;
		const unitNote =
			r.unit !== ind.unit && r.unit !== 'ratio' ? `Unit as given: "${r.unit}".` : undefined;
		const regions = REGION_SPLITS[r.region!] ?? [REGION_RENAMES[r.region!] ?? r.region!];
		const regionNote =
			regions.length > 1
				? `Source states one value for "${r.region}"; one row per group.`
				: regions[0] !== r.region
					? `Region as given: "${r.region}".`
					: undefined;
		for (const region of regions) {
			const t = targetFor(ind.id, region);
			rows.push({
				id: obsId(ind.id, region, r.year!, edSlug),
				indicator: ind.id,
				target: t.target,
				region,
				year: r.year!,
				value: r.value!,
				unit: ind.unit,
				edition,
				nature,
				status: mapStatus(r.status!),
				status_note: joinNotes([
					derived ? derivation : undefined,
					unitNote,
					regionNote,
					INDICATOR_NOTES[r.indicator!],
					editionNote,
					t.note
				]),
				source
			});
		}

		// Back-series values that the same edition states in the unit note of the row:
		// "(2019 revised to 0.91 in this edition)", "(F&F 2024 says unchanged at 0.86 since 2019 ...)".
		if (r.indicator === 'gender_parity_score_internet') {
			const revised = /(\d{4}) revised to (\d+(?:\.\d+)?) in this edition/.exec(r.unit!);
			const unchanged = /unchanged at (\d+(?:\.\d+)?) since (\d{4})/.exec(r.unit!);
			const extra = revised
				? { year: revised[1]!, value: revised[2]! }
				: unchanged
					? { year: unchanged[2]!, value: unchanged[1]! }
					: undefined;
			if (extra) {
				const region = REGION_RENAMES[r.region!] ?? r.region!;
				rows.push({
					id: obsId(ind.id, region, extra.year, edSlug),
					indicator: ind.id,
					target: targetFor(ind.id, region).target,
					region,
					year: extra.year,
					value: extra.value,
					unit: ind.unit,
					edition,
					nature,
					status: mapStatus(r.status!),
					status_note: `Back-series value stated in this edition; taken from the unit note of the extract row "${r.indicator}, ${r.region}, ${r.year}": "${r.unit}".`,
					source
				});
			}
		}

		// Headline counts stated in the unit note of the same row ("5.4 bn; 2.6 bn offline"):
		// users and offline population, same edition and source.
		if (r.indicator === 'individuals_using_internet' || r.indicator === 'internet_users_count') {
			const users = /(?:\(|;\s*)(\d+(?:\.\d+)?) bn(?: users)?(?=[;)])/.exec(r.unit!);
			const offline = /(\d+(?:\.\d+)?) bn offline/.exec(r.unit!);
			const from = `Taken from the unit note of the extract row "${r.indicator}, ${r.region}, ${r.year}": "${r.unit}".`;
			if (users && r.indicator === 'individuals_using_internet')
				rows.push({
					id: obsId('internet-users', r.region!, r.year!, edSlug),
					indicator: 'internet-users',
					target: '',
					region: r.region!,
					year: r.year!,
					value: users[1]!,
					unit: 'billion people',
					edition,
					nature,
					status: mapStatus(r.status!),
					status_note: from,
					source
				});
			if (offline)
				rows.push({
					id: obsId('offline-population', r.region!, r.year!, edSlug),
					indicator: 'offline-population',
					target: '',
					region: r.region!,
					year: r.year!,
					value: offline[1]!,
					unit: 'billion people',
					edition,
					nature,
					status: mapStatus(r.status!),
					status_note: from,
					source
				});
		}
	}

	// 2. Machine-readable series -------------------------------------------------------------
	const series: {
		file: string;
		columns: { column: string; indicator: string }[];
		unit: string;
		edition: string;
		editionSlug: string;
		source: string;
	}[] = [
		{
			file: 'wdi_it_net_user_zs_aggregates.csv',
			columns: [{ column: 'individuals_using_internet_pct', indicator: 'internet-use' }],
			unit: '% of population',
			edition: 'World Bank WDI IT.NET.USER.ZS (2024-09 vintage)',
			editionSlug: 'wdi-2024-09',
			source: 'wb-wdi-it-net-user-zs'
		},
		{
			file: 'wdi_it_net_bbnd_p2_aggregates.csv',
			columns: [{ column: 'fixed_broadband_subs_per_100', indicator: 'fixed-broadband-subs' }],
			unit: 'subscriptions per 100 people',
			edition: 'World Bank WDI IT.NET.BBND.P2 (2024-09 vintage)',
			editionSlug: 'wdi-2024-09',
			source: 'wb-wdi-it-net-bbnd-p2'
		},
		{
			file: 'owid_share_internet_users_world_regions.csv',
			columns: [{ column: 'share_of_population_using_internet_pct', indicator: 'internet-use' }],
			unit: '% of population',
			edition: 'Our World in Data, 2025-11 vintage',
			editionSlug: 'owid-2025-11',
			source: 'owid-share-internet-users'
		},
		{
			file: 'sdg_9c1_mobile_network_coverage_world_regions.csv',
			columns: [
				{ column: 'pop_covered_2g_pct', indicator: 'mobile-coverage-2g' },
				{ column: 'pop_covered_3g_pct', indicator: 'mobile-coverage-3g' },
				{ column: 'pop_covered_4g_pct', indicator: 'mobile-coverage-4g' }
			],
			unit: '% of population',
			edition: 'UN SDG indicator 9.c.1 via Our World in Data, 2025-06 copy',
			editionSlug: 'sdg-owid-2025-06',
			source: 'owid-sdg-9c1-mobile-coverage'
		}
	];
	const known = new Set(sources.values());
	for (const s of series) {
		if (!known.has(s.source)) throw new Error(`source ${s.source} missing from data/sources.csv`);
		for (const r of readExtract(s.file)) {
			for (const c of s.columns) {
				const value = (r[c.column] ?? '').trim();
				if (!value) continue;
				const region = REGION_RENAMES[r.entity!] ?? r.entity!;
				const t = targetFor(c.indicator, region);
				rows.push({
					id: obsId(c.indicator, region, r.year!, s.editionSlug),
					indicator: c.indicator,
					target: t.target,
					region,
					year: r.year!,
					value,
					unit: s.unit,
					edition: s.edition,
					nature: 'observed',
					status: 'verified',
					status_note: joinNotes([
						region !== r.entity ? `Region as given: "${r.entity}".` : undefined,
						t.note
					]),
					source: s.source
				});
			}
		}
	}

	// 3. The research on the targets without a status (target-observations.csv) ---------------
	const research = targetResearchRows(
		readFileSync(resolve(REFERENCE, 'target-observations.csv'), 'utf8'),
		lookupSource,
		targetFor
	);
	rows.push(...research.rows);
	if (process.argv.includes('--verbose'))
		for (const s of research.skipped) console.log(`skipped ${s}`);

	// Checks ----------------------------------------------------------------------------------
	const ids = new Set<string>();
	const keys = new Set<string>();
	for (const o of rows) {
		if (!/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(o.id)) throw new Error(`bad id ${o.id}`);
		if (ids.has(o.id)) throw new Error(`duplicate id ${o.id}`);
		ids.add(o.id);
		const key = [o.indicator, o.region, o.year, o.edition].join('|');
		if (keys.has(key)) throw new Error(`duplicate (indicator, region, year, edition): ${key}`);
		keys.add(key);
		if (!Number.isFinite(Number(o.value)) || o.value.trim() === '')
			throw new Error(`${o.id}: value ${o.value} is not a number`);
		if (!/^\d{4}$/.test(o.year)) throw new Error(`${o.id}: bad year ${o.year}`);
	}
	return rows;
}

function toCsv(rows: Obs[]): string {
	return (
		Papa.unparse(
			{ fields: [...FIELDS], data: rows.map((r) => FIELDS.map((f) => r[f])) },
			{ newline: '\n' }
		) + '\n'
	);
}

const rows = build();
const csv = toCsv(rows);
if (process.argv.includes('--check')) {
	let current = '';
	try {
		current = readFileSync(OUT, 'utf8');
	} catch {
		/* missing file */
	}
	if (current !== csv) {
		console.error(
			'data/observations.csv is not up to date: run npx tsx scripts/import-extracts.ts'
		);
		process.exit(1);
	}
	console.log(`data/observations.csv is up to date (${rows.length} rows).`);
} else {
	writeFileSync(OUT, csv);
	const extracts = readdirSync(EXTRACTS).filter((f) => f.endsWith('.csv')).length;
	console.log(
		`Wrote ${rows.length} observations to data/observations.csv (${extracts} extract files seen).`
	);
}
