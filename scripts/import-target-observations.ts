/**
 * Section 3 of `scripts/import-extracts.ts`: the values of `../shared/reference/target-observations.csv`
 * (the research on the targets without a status), mapped to the dataset's indicators, editions and
 * statuses. Every row of that file is either imported or skipped here with its reason (`SKIPPED`),
 * so re-running the importer rebuilds exactly these rows and a new row of the file fails loudly.
 *
 * Rules on top of the importer's own (see its header):
 * - The quote of each row is kept in `status_note`, with the research note.
 * - `estimate` = yes -> nature `estimated`; a note starting "DERIVED" -> `derived`.
 * - VERIFIED-ITU / VERIFIED-SECONDARY -> `verified`, UNVERIFIED -> `unverified`; `DOWNGRADED` rows
 *   (an inferred year, an upper bound, a forum quote, an undated or conflicting value) are stored as
 *   `unverified`, so they are drawn, marked "?", and never decide a status.
 * - Projections are not imported (they must never decide a status); the targets that only have
 *   projections say so in `targets.csv` (`no_status_reason`).
 */
import Papa from 'papaparse';

export type Row = Record<string, string>;

/** Raw indicator (without " (proposed)") -> indicator id, unit. Skill medians split by skill area. */
const INDICATORS: Record<string, { id: string; unit: string }> = {
	'households-internet': { id: 'households-internet', unit: '% of households' },
	'economies-affordable-fixed-broadband': {
		id: 'economies-affordable-fixed-broadband',
		unit: 'number of economies'
	},
	'economies-affordable-mobile-broadband': {
		id: 'economies-affordable-mobile-broadband',
		unit: 'number of economies'
	},
	'lmics-unaffordable-share': { id: 'lmics-unaffordable-share', unit: '% of LMIC economies' },
	'ldcs-affordable-internet': { id: 'ldcs-affordable-internet', unit: 'number of LDCs (of 46)' },
	'mobile-broadband-basket': { id: 'mobile-broadband-basket', unit: '% of GNI per capita' },
	'fixed-broadband-basket': { id: 'fixed-broadband-basket', unit: '% of GNI per capita' },
	'mobile-cost-ratio-africa-europe': {
		id: 'mobile-cost-ratio-africa-europe',
		unit: 'ratio (Africa / Europe)'
	},
	'mobile-basket-cost-ratio-vs-hic': {
		id: 'mobile-basket-cost-ratio-vs-hic',
		unit: 'ratio (group / high-income)'
	},
	'lmic-mobile-data-price': { id: 'lmic-mobile-data-price', unit: '% of monthly income' },
	'countries-broadband-plan': { id: 'countries-broadband-plan', unit: 'number of countries' },
	'countries-broadband-plan-share': {
		id: 'countries-broadband-plan-share',
		unit: '% of countries'
	},
	'mobile-broadband-subscriptions': {
		id: 'mobile-broadband-subscriptions',
		unit: 'billion subscriptions'
	},
	'mobile-broadband-subs-per100': {
		id: 'mobile-broadband-subs-per100',
		unit: 'subscriptions per 100 inhabitants'
	},
	'countries-basic-skills-over-60pct': {
		id: 'countries-basic-skills-over-60pct',
		unit: '% of countries with data'
	},
	'countries-reporting-overall-skill-levels': {
		id: 'countries-reporting-overall-skill-levels',
		unit: 'number of countries'
	},
	'countries-ict-accessibility-framework': {
		id: 'countries-ict-accessibility-framework',
		unit: 'number of countries'
	},
	'countries-ict-accessibility-framework-share': {
		id: 'countries-ict-accessibility-framework-share',
		unit: '% of countries'
	},
	'operator-enabled-avoided-emissions-ratio': {
		id: 'operator-enabled-avoided-emissions-ratio',
		unit: 'ratio'
	},
	'digital-companies-emissions-share': {
		id: 'digital-companies-emissions-share',
		unit: '% of global energy-related emissions'
	},
	'internet-use': { id: 'internet-use', unit: '% of population' },
	'digital-payments-adults': { id: 'digital-payments-adults', unit: '% of population aged 15+' },
	'gender-parity-mobile-ownership': {
		id: 'gender-parity-mobile-ownership',
		unit: 'ratio (women/men)'
	},
	'mobile-ownership-women': { id: 'mobile-ownership-women', unit: '% of women aged 10+' },
	'mobile-ownership-men': { id: 'mobile-ownership-men', unit: '% of men aged 10+' },
	'gender-parity-internet': { id: 'gender-parity-internet', unit: 'ratio (women/men)' },
	'mobile-phone-ownership': { id: 'mobile-phone-ownership', unit: '% of population aged 10+' },
	'schools-connected': { id: 'schools-connected', unit: '% of schools' }
};

/** The five skill areas of the F&F 2023 medians: one indicator each (indicator_name -> id). */
const SKILL_AREAS: Record<string, string> = {
	'information/data literacy': 'ict-skills-median-information',
	'communication/collaboration': 'ict-skills-median-communication',
	'problem solving': 'ict-skills-median-problem-solving',
	safety: 'ict-skills-median-safety',
	'content creation': 'ict-skills-median-content-creation'
};

/** Edition strings of the file -> the dataset's edition label (ITU's own F&F labels as elsewhere) and id slug. */
const EDITIONS: Record<string, { edition: string; slug: string }> = {
	'ITU Council 2019 Snapshot report (2019)': {
		edition: 'ITU Council 2019 Snapshot report',
		slug: 'council2019'
	},
	'ITU Annual Report 2019-2020, Key Stats (2020)': {
		edition: 'ITU Annual Report 2019-2020 key stats',
		slug: 'ar2019-2020'
	},
	'ITU Facts and Figures 2025': { edition: 'ITU Facts & Figures 2025', slug: 'ff2025' },
	'ITU Facts and Figures 2024': { edition: 'ITU Facts & Figures 2024', slug: 'ff2024' },
	'ITU Facts and Figures 2023': { edition: 'ITU Facts & Figures 2023', slug: 'ff2023' },
	'ITU Facts and Figures 2022': { edition: 'ITU Facts & Figures 2022', slug: 'ff2022' },
	'ITU Partner2Connect annual meeting (Dec 2023), as reported': {
		edition: 'ITU Partner2Connect annual meeting 2023-12 (as reported)',
		slug: 'p2c2023-reported'
	},
	'ITU Facts and Figures 2023 (as summarised)': {
		edition: 'ITU Facts & Figures 2023 (as summarised)',
		slug: 'ff2023-summarised'
	},
	'ITU Measuring digital development: The affordability of ICT services 2024': {
		edition: 'ITU Measuring digital development: The affordability of ICT services 2024',
		slug: 'mdd-affordability-2024'
	},
	'unclear (blog attributes to ITU)': {
		edition: 'Blog attributing the figure to ITU, 2022-01',
		slug: 'blog2022'
	},
	'Broadband Commission advocacy targets page (ITU-hosted, c. 2021)': {
		edition: 'Broadband Commission advocacy targets page (c. 2021)',
		slug: 'bbc-page-2021'
	},
	'Broadband Commission advocacy target 1 page (2023 update; source: ITU DataHub)': {
		edition: 'Broadband Commission advocacy target 1 page (2023 update)',
		slug: 'bbc-t1-2023'
	},
	'Broadband Commission State of Broadband 2018 (Sept 2018), as reported': {
		edition: 'Broadband Commission State of Broadband 2018-09 (as reported)',
		slug: 'sob2018-reported'
	},
	'Derived from Broadband Commission/ITU DataHub count': {
		edition: 'Broadband Commission advocacy target 1 page (2023 update)',
		slug: 'bbc-t1-2023'
	},
	'ITU ICT Facts and Figures 2017 (as reported)': {
		edition: 'ITU Facts & Figures 2017 (as reported)',
		slug: 'ff2017-reported'
	},
	'ITU Facts and Figures 2021 (latest data 2018-2020)': {
		edition: 'ITU Facts & Figures 2021',
		slug: 'ff2021'
	},
	"ITU backgrounder 'Accessibility to ICTs' (c. 2022-2023)": {
		edition: "ITU backgrounder 'Accessibility to ICTs'",
		slug: 'bg-accessibility'
	},
	'Derived from ITU backgrounder count': {
		edition: "ITU backgrounder 'Accessibility to ICTs'",
		slug: 'bg-accessibility'
	},
	'ITU/WBA Greening Digital Companies 2022 (June 2022), as reported': {
		edition: 'ITU/WBA Greening Digital Companies 2022-06 (as reported)',
		slug: 'gdc2022-reported'
	},
	'ITU/WBA Greening Digital Companies 2025 (June 2025), as reported': {
		edition: 'ITU/WBA Greening Digital Companies 2025-06 (as reported)',
		slug: 'gdc2025-reported'
	},
	'World Bank Global Findex 2021, via Broadband Commission target 5 page': {
		edition: 'World Bank Global Findex 2021 (via Broadband Commission)',
		slug: 'findex2021'
	},
	'ITU Facts and Figures 2024 (as shown on ITU SDG-ICT indicators page)': {
		edition: 'ITU Facts & Figures 2024',
		slug: 'ff2024'
	},
	'ITU Global Connectivity Report 2025 (as reported)': {
		edition: 'ITU Global Connectivity Report 2025 (as reported)',
		slug: 'gcr2025-reported'
	},
	'ITU Facts and Figures 2022 (as reported by AFP)': {
		edition: 'ITU Facts & Figures 2022 (as reported)',
		slug: 'ff2022-reported'
	},
	'ITU Facts and Figures 2023 (as quoted)': {
		edition: 'ITU Facts & Figures 2023 (as quoted)',
		slug: 'ff2023-quoted'
	},
	'ITU Giga page (undated)': { edition: 'ITU Giga page (undated)', slug: 'giga-page' }
};

/** Region names as the dataset writes them elsewhere. */
const REGIONS: Record<string, string> = {
	'High-income economies': 'High-income countries',
	'Low-income economies': 'Low-income countries'
};

/**
 * The target a value is filed under when the research lists several: the target whose own
 * indicator it is. (Connect 2030 target 1.4 uses the broadband-plan share only as a labelled
 * proxy, so its values must not be filed under it, or they would decide its real status.)
 */
const FILED_UNDER: Record<string, string> = {
	'countries-broadband-plan': 'bbc-2025-1',
	'countries-broadband-plan-share': 'bbc-2025-1'
};

/** Rows not imported, keyed by "indicator|region|year|edition" (raw), with the reason. */
export const SKIPPED: Record<string, string> = {
	'households-internet|World|2020|ITU Measuring the Information Society Report 2015 (projection, Nov 2015)':
		'a 2015 projection, not a measured value (quoted in no_status_reason of c2020-1.1 instead)',
	'households-internet|Developing countries|2020|ITU Measuring the Information Society Report 2015 (projection, Nov 2015)':
		'a 2015 projection (quoted in no_status_reason of c2020-2.1.a instead)',
	'households-internet|LDCs|2020|ITU Measuring the Information Society Report 2015 (projection, Nov 2015)':
		'a 2015 projection (quoted in no_status_reason of c2020-2.1.b instead)',
	"mobile-affordability-improvement-projection|Developed countries|2020|ITU CWG-SFP-2/INF/3 'Review of the Strategic Targets 2016-2019' (10 Aug 2017)":
		'a 2017 trend projection (quoted in no_status_reason of c2020-1.3 instead)',
	"mobile-affordability-improvement-projection|Developing countries|2020|ITU CWG-SFP-2/INF/3 'Review of the Strategic Targets 2016-2019' (10 Aug 2017)":
		'a 2017 trend projection (quoted in no_status_reason of c2020-1.3 instead)',
	'mobile-broadband-price-change|World|2016|ITU ICT Facts and Figures 2017 (as reported)':
		'a change on the pre-2018 price baskets, not comparable with any series in the dataset',
	'internet-use|World|2025|ITU Global Connectivity Report 2025 (Nov 2025)':
		'the same 74% as the F&F 2025 row; as a separate edition with one value it would become the latest edition and leave the UMC target without a baseline (target-research.md §5A); its age-base note is on umc-2030-internet-use',
	'gender-parity-internet|World|2024|ITU Facts and Figures 2024 (as shown on ITU SDG-ICT indicators page)':
		'already in observations.csv (F&F 2024)'
};

/** Rows stored as `unverified` whatever the file says, with why. */
const DOWNGRADED: Record<string, string> = {
	'countries-broadband-plan|World|2017':
		'Years not given by the article: 2017 and 2018 are the report\'s "previous" and "current" counts, inferred.',
	'countries-broadband-plan|World|2018':
		'Years not given by the article: 2017 and 2018 are the report\'s "previous" and "current" counts, inferred.',
	'gender-parity-internet|World|2025':
		"CONFLICT with ITU Facts & Figures 2024 (0.94 for 2024): the article gives neither the year nor the indicator behind 0.92; the year 2025 is the report's, assumed. Not confirmed on an ITU page.",
	'mobile-phone-ownership|World|2019': 'An upper bound ("under 67 percent"), not a value.',
	'mobile-phone-ownership|World|2023':
		'Weak source: a forum comment quoting ITU Facts and Figures 2023; not confirmed on itu.int.',
	'schools-connected|World|2023':
		'"Around half", on an undated page: the year 2023 is assumed from Giga\'s 2023 results page.',
	'operator-enabled-avoided-emissions-ratio|Telecom operators in the GDC 2022 sample|2020':
		'"More than six times" (a lower bound); the year of the operators\' data is not stated.'
};

function slug(s: string): string {
	return s
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

export interface Obs {
	id: string;
	indicator: string;
	target: string;
	region: string;
	year: string;
	value: string;
	unit: string;
	edition: string;
	nature: string;
	status: string;
	status_note: string;
	source: string;
}

/**
 * The observation rows of the research file. `lookupSource` maps a page address to a source id
 * (throws when missing); `targetFor` gives the target an existing indicator is reported against.
 */
export function targetResearchRows(
	text: string,
	lookupSource: (url: string) => string,
	targetFor: (indicator: string, region: string) => { target: string; note?: string }
): { rows: Obs[]; skipped: string[] } {
	const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: 'greedy'
	});
	if (parsed.errors.length)
		throw new Error(`target-observations.csv: ${parsed.errors[0]!.message}`);
	const rows: Obs[] = [];
	const skipped: string[] = [];
	for (const r of parsed.data) {
		const raw = r.indicator!.replace(/\s*\(proposed\)\s*$/, '');
		const key = `${raw}|${r.region}|${r.year}|${r.edition}`;
		if (SKIPPED[key]) {
			skipped.push(`${key}: ${SKIPPED[key]}`);
			continue;
		}
		const area = Object.keys(SKILL_AREAS).find((a) => r.indicator_name!.includes(` ${a}:`));
		const ind =
			raw === 'ict-skills-median-by-area' && area
				? { id: SKILL_AREAS[area]!, unit: '% of individuals (median of country values)' }
				: INDICATORS[raw];
		if (!ind) throw new Error(`target-observations.csv: unmapped indicator ${r.indicator}`);
		const ed = EDITIONS[r.edition!];
		if (!ed) throw new Error(`target-observations.csv: no edition mapping for ${r.edition}`);
		const region = REGIONS[r.region!] ?? r.region!;
		const derived = /^DERIVED/.test(r.note ?? '');
		const downgrade = DOWNGRADED[`${raw}|${r.region}|${r.year}`];
		const status =
			downgrade || r.status === 'UNVERIFIED'
				? 'unverified'
				: /^VERIFIED-(ITU|SECONDARY)$/.test(r.status!)
					? 'verified'
					: null;
		if (!status) throw new Error(`target-observations.csv: unknown status ${r.status}`);
		const listed = (r.target_ids ?? '').split(';').filter(Boolean);
		const own = targetFor(ind.id, region);
		const target = own.target || FILED_UNDER[ind.id] || listed[0] || '';
		const unitNote = r.unit !== ind.unit ? `Unit as given: "${r.unit}".` : '';
		rows.push({
			id: ['obs', ind.id, slug(region), r.year!, ed.slug].join('-'),
			indicator: ind.id,
			target,
			region,
			year: r.year!,
			value: r.value!,
			unit: ind.unit,
			edition: ed.edition,
			nature: derived ? 'derived' : r.estimate === 'yes' ? 'estimated' : 'observed',
			status,
			status_note: [
				downgrade,
				`Quote: "${r.quote}"`,
				r.note,
				region !== r.region ? `Region as given: "${r.region}".` : '',
				unitNote,
				listed.length ? `Research links it to: ${listed.join(', ')}.` : '',
				own.note
			]
				.filter(Boolean)
				.join(' '),
			source: `${lookupSource(r.source_url!)};target-observations-compiled`
		});
	}
	return { rows, skipped };
}
