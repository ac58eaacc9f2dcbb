/**
 * The typed model of the ITU Atlas dataset: what `buildDataset` returns for a valid set of CSV files.
 * Everything here is plain data (arrays and records), so it serialises to JSON unchanged.
 */

export const STATUSES = [
	'verified',
	'partial',
	'unverified',
	'conflict',
	'seed-only',
	'doubtful'
] as const;
export type Status = (typeof STATUSES)[number];

export const SECTORS = ['ITU-R', 'ITU-T', 'ITU-D', 'GS', 'ITU'] as const;

/** The languages other than English a name can be given in (`name_fr` … `name_ar` columns). */
export const NAME_LANGUAGES = ['fr', 'es', 'ru', 'zh', 'ar'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];
export type Sector = (typeof SECTORS)[number];

export const ENTITY_TYPES = [
	'organisation',
	'sector',
	'secretariat',
	'bureau',
	'governing_body',
	'advisory_body',
	'working_group',
	'study_group',
	'question',
	'focus_group',
	'task_force',
	'thematic_priority',
	'membership_category',
	'initiative',
	'programme',
	'platform',
	'index',
	'publication',
	'standard',
	'event_series',
	'resolution',
	'regional_office',
	'area_office',
	'elected_official',
	'treaty',
	'partner'
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const CADENCES = [
	'annual',
	'biennial',
	'every-3-years',
	'every-3-4-years',
	'every-4-years',
	'irregular'
] as const;
export type Cadence = (typeof CADENCES)[number];

export const SOURCE_KINDS = ['seed', 'web', 'report', 'dataset', 'compiled'] as const;
export const EVENT_KINDS = ['instance', 'milestone'] as const;
export const ITU_ROLES = [
	'lead-facilitator',
	'facilitator',
	'co-facilitator',
	'partner',
	'none',
	'unknown'
] as const;
export const TARGET_KINDS = [
	'at-least',
	'at-most',
	'increase-by',
	'decrease-by',
	'parity',
	'qualitative'
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
export const NATURES = ['observed', 'estimated', 'derived'] as const;
export type Nature = (typeof NATURES)[number];

export const RELATION_TYPES = [
	'part_of',
	'governed_by',
	'runs',
	'hosts',
	'organises',
	'co_organises',
	'facilitates',
	'co_facilitates',
	'partner_of',
	'member_of',
	'aligns_with_sdg',
	'contributes_to_target',
	'succeeded_by',
	'established_by',
	'adopted_at',
	'supports',
	'publishes',
	'measures',
	'heads',
	'attributed_to',
	'related_to',
	// Implicit links the model derives from columns (never written in relations.csv):
	'instance_of',
	'goal_of',
	'target_of'
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** A date as written in the data: year only, year-month, or a full day. */
export interface PartialDate {
	year: number;
	month?: number;
	day?: number;
	precision: 'year' | 'month' | 'day';
	/** The text as written, e.g. "2003-12-10". */
	text: string;
}

/** Where a row comes from and how far it can be trusted: every row carries this. */
export interface Provenance {
	status: Status;
	statusNote?: string;
	/** Ids in `sources`. */
	source: string[];
	/** The CSV file and spreadsheet row it came from (header = row 1). */
	origin: { file: string; row: number };
}

export interface Source {
	id: string;
	title: string;
	publisher?: string;
	url?: string;
	date?: string;
	kind: (typeof SOURCE_KINDS)[number];
	licence?: string;
	note?: string;
	origin: { file: string; row: number };
}

export interface Entity extends Provenance {
	id: string;
	name: string;
	type: EntityType;
	sectors: Sector[];
	description?: string;
	aliases: string[];
	startYear?: number;
	endYear?: number;
	cadence?: Cadence;
	/** "MM-DD" for a meeting on the same day every year. */
	fixedDate?: string;
	/** The official name in other UN languages, where a source gives it (`name_fr` …). */
	names?: Partial<Record<NameLanguage, string>>;
	/** The sources of those names (`names_source`). */
	namesSource?: string[];
}

export interface EventItem extends Provenance {
	id: string;
	name: string;
	kind: (typeof EVENT_KINDS)[number];
	series?: string;
	start: PartialDate;
	end?: PartialDate;
	place?: string;
	sectors: Sector[];
	description?: string;
	aliases: string[];
}

export interface Sdg extends Provenance {
	id: string;
	number: number;
	shortName: string;
	title: string;
	colour: string;
}

export interface WsisActionLine extends Provenance {
	id: string;
	code: string;
	title: string;
	ituRole: (typeof ITU_ROLES)[number];
	leadFacilitators?: string;
}

export interface Framework extends Provenance {
	id: string;
	name: string;
	adoptedYear?: number;
	deadlineYear?: number;
	adoptedBy?: string;
	description?: string;
	aliases: string[];
}

export interface Goal extends Provenance {
	id: string;
	framework: string;
	number?: number;
	name: string;
	statement?: string;
}

export interface Target extends Provenance {
	id: string;
	framework: string;
	goal?: string;
	code: string;
	text: string;
	officialText?: string;
	kind: TargetKind;
	targetValue?: number;
	unit?: string;
	baselineValue?: number;
	baselineYear?: number;
	targetYear?: number;
	region?: string;
	indicator?: string;
	/** One sentence every view of the target shows beside its status (e.g. a different age base). */
	caveat?: string;
	/** Why the target can have no computed status, in one sentence, with its sources (`no_status_*`). */
	noStatus?: { reason: string; source: string[] };
	/** Indicators ITU reports instead of the target's own measure (`reported_instead`). */
	reportedInstead?: string[];
	/** A labelled stand-in measure (`proxy_*`): another indicator and/or region, with the reason. */
	proxy?: TargetProxy;
}

/** A proxy for a target: used only in proxy mode, drawn and worded apart, never in the real summary. */
export interface TargetProxy {
	indicator?: string;
	region?: string;
	reason: string;
	source: string[];
}

export interface Indicator extends Provenance {
	id: string;
	name: string;
	unit?: string;
	sdgIndicator?: string;
	description?: string;
}

export interface Observation extends Provenance {
	id: string;
	indicator: string;
	target?: string;
	region: string;
	year: number;
	value: number;
	unit: string;
	edition: string;
	nature: Nature;
}

export interface Relation extends Provenance {
	from: string;
	type: RelationType;
	to: string;
	note?: string;
	/** Years the link held, where a source gives them (an office term, a study period). */
	startYear?: number;
	endYear?: number;
	/** True for links derived from a column (event series, target goal, …), not from relations.csv. */
	implicit: boolean;
}

export interface Fact extends Provenance {
	id: string;
	subject: string;
	attribute: string;
	value: string;
	year?: number;
}

/** An SDG target named by an alignment row (sdg_targets.csv), e.g. `sdg-5.b` of SDG 5. */
export interface SdgTarget extends Provenance {
	id: string;
	/** The SDG's id, `sdg-5`. */
	sdg: string;
	code: string;
	/** The official wording, where read. */
	text?: string;
}

/**
 * How a row of sdg_alignment.csv links its `from` to an SDG or SDG target: `stated` (a source
 * says so), `matrix` (the WSIS–SDG Matrix links a WSIS Action Line to it), `custodian` (a source
 * says `from` is the custodian of, or monitors, the SDG indicator `sdgIndicator`). Derived links
 * are never written: `deriveAlignment` computes them.
 */
export const ALIGNMENT_KINDS = ['stated', 'matrix', 'custodian'] as const;
export type AlignmentRowKind = (typeof ALIGNMENT_KINDS)[number];

/** One row of sdg_alignment.csv: evidence that `from` serves an SDG or an SDG target. */
export interface SdgAlignmentRow extends Provenance {
	from: string;
	/** An SDG id (`sdg-5`) or an SDG target id (`sdg-5.b`). */
	to: string;
	kind: AlignmentRowKind;
	/** For `custodian` rows: the SDG indicator, e.g. `5.b.1`. */
	sdgIndicator?: string;
	quote?: string;
	note?: string;
}

/** What kind of table a graph node comes from. */
export type NodeKind =
	| 'entity'
	| 'event'
	| 'sdg'
	| 'wsis'
	| 'framework'
	| 'goal'
	| 'target'
	| 'indicator'
	| 'sdg_target';

/** One step of a briefing deck (briefings.csv): a titled view state with speaker notes. */
export interface BriefingStep extends Provenance {
	deck: string;
	deckTitle: string;
	/** 1 … n within the deck. */
	step: number;
	title: string;
	notes: string;
	/** The view's id (`graph`, `timeline`, …): the views' registry checks it (`src/lib/views`). */
	view: string;
	/** The query string the view's URL state writes (without `?`), e.g. `v=1&sel=itu-d&depth=1`. */
	state: string;
}

/** One node of the organisation graph, whatever table it comes from. */
export interface AtlasNode extends Provenance {
	id: string;
	name: string;
	kind: NodeKind;
	/** Entity type for entities; otherwise the kind ("event", "milestone", "sdg", "wsis", …). */
	type: string;
	sectors: Sector[];
	aliases: string[];
	description?: string;
	/** First and last year the node was active, where known. */
	startYear?: number;
	endYear?: number;
	/** SDG number for SDG nodes (colour and label). */
	sdg?: number;
}

export interface Dataset {
	sources: Source[];
	entities: Entity[];
	events: EventItem[];
	sdgs: Sdg[];
	wsisActionLines: WsisActionLine[];
	frameworks: Framework[];
	goals: Goal[];
	targets: Target[];
	indicators: Indicator[];
	observations: Observation[];
	relations: Relation[];
	facts: Fact[];
	/** SDG targets named by alignment rows (an optional table). */
	sdgTargets?: SdgTarget[];
	/** Evidence that an entity, WSIS Action Line or indicator serves an SDG (an optional table). */
	sdgAlignment?: SdgAlignmentRow[];
	/** Briefing decks, one row per step (an optional table: empty when absent). */
	briefings: BriefingStep[];
	/** Every node of every node table, in file order. */
	nodes: AtlasNode[];
	/** Explicit relations plus the implicit ones derived from columns. */
	links: Relation[];
}

/** One problem found in the input, located as `file:row:column`. */
export interface DataIssue {
	file: string;
	/** Spreadsheet row (header = 1); absent for a whole-file problem. */
	row?: number;
	column?: string;
	message: string;
	severity: 'error' | 'warning';
}

export type ValidationResult =
	| { ok: true; model: Dataset; warnings: DataIssue[] }
	| { ok: false; errors: DataIssue[]; warnings: DataIssue[] };

/** The CSV files of a dataset, keyed by file name (`entities.csv`), as text. */
export type DatasetFiles = Record<string, string>;

/** File names of every table, in the order they are read and shown. */
export const TABLE_FILES = [
	'sources.csv',
	'entities.csv',
	'events.csv',
	'sdgs.csv',
	'wsis_action_lines.csv',
	'frameworks.csv',
	'goals.csv',
	'targets.csv',
	'indicators.csv',
	'observations.csv',
	'relations.csv',
	'facts.csv',
	'sdg_targets.csv',
	'sdg_alignment.csv',
	'briefings.csv'
] as const;
export type TableFile = (typeof TABLE_FILES)[number];
