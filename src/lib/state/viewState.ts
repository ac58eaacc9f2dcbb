/**
 * The view state every page keeps in its URL: filters, selection, focus depth, zoom, and the extras
 * of later views (year range, target framework, the data page's table). Pure: `parseViewState`
 * never throws (a bad or unknown parameter is dropped with a notice) and `writeViewState` omits
 * defaults, so links stay short.
 *
 * Format (version 1), e.g. `?v=1&sdg=9,13&sector=itu-d&sel=itu-d&depth=2&zoom=1.5,120,-40`:
 * lists are comma-separated, values lower-case slugs, parameters written in a fixed order.
 */
// Relative imports: the data validator (which reads this module) also runs in vite.config.ts, before $lib exists.
import type { AlignmentMode } from '../data/alignment';
import { SECTORS, STATUSES, type Status } from '../data/types';
import type { Filters } from '../filters/facets';
import { LINK_GROUPS, NODE_GROUPS, type LinkGroup, type NodeGroup } from '../graph/style';

export const VIEW_STATE_VERSION = 1;

/** A zoom in graph units: scale `k` and the graph point `x`,`y` at the centre of the view. */
export interface Zoom {
	k: number;
	x: number;
	y: number;
}

export interface ViewState extends Filters {
	/** Legend toggles: node groups and link groups switched off. */
	hide: NodeGroup[];
	hideLinks: LinkGroup[];
	/** The selected node id. */
	sel: string | null;
	/** Focus mode: 0 = off, else how many steps around the selection stay bright. */
	depth: 0 | 1 | 2 | 3;
	zoom: Zoom | null;
	/** Timeline: an inclusive year range. */
	years: { from: number; to: number } | null;
	/** Targets: the framework shown. */
	fw: string | null;
	/** Targets: the overview order (`goal`, `status` or `gap`; null = the view's default). */
	sort: string | null;
	/** Data page: the table shown (its file name without `.csv`, e.g. `entities`). */
	table: string | null;
	/** Projector theme (`proj=1`): large type, thick lines, high contrast. Kept across views. */
	proj: boolean;
	/** Presenting a briefing: `deck:step` (e.g. `itu-in-10-minutes:2`), kept while drilling. */
	present: string | null;
	/** SDG links counted by the SDG filter: stated only, or stated and derived (`sdglinks=stated`). */
	sdgLinks: AlignmentMode;
	/** Show the names flagged doubtful (`doubtful=1`); hidden by default. */
	doubtful: boolean;
}

export const DEFAULT_VIEW_STATE: ViewState = {
	sdg: [],
	sector: [],
	type: [],
	status: [],
	hide: [],
	hideLinks: [],
	sel: null,
	depth: 0,
	zoom: null,
	years: null,
	fw: null,
	sort: null,
	table: null,
	proj: false,
	present: null,
	sdgLinks: 'derived',
	doubtful: false
};

const SLUG = /^[a-z0-9]+(?:[-._][a-z0-9]+)*$/;
const PARAMS = [
	'v',
	'sdg',
	'sector',
	'type',
	'status',
	'hide',
	'hidelinks',
	'sel',
	'depth',
	'zoom',
	'years',
	'fw',
	'sort',
	'table',
	'proj',
	'present',
	'sdglinks',
	'doubtful'
] as const;

type ParseResult<T> = { value: T; bad: string[] };

function list<T extends string>(raw: string, accept: (s: string) => T | null): ParseResult<T[]> {
	const value: T[] = [];
	const bad: string[] = [];
	for (const part of raw.split(',')) {
		const s = part.trim();
		if (!s) continue;
		const v = accept(s);
		if (v === null) bad.push(s);
		else if (!value.includes(v)) value.push(v);
	}
	return { value, bad };
}

const sectorOf = (s: string) => SECTORS.find((x) => x.toLowerCase() === s.toLowerCase()) ?? null;
const statusOf = (s: string) =>
	(STATUSES as readonly string[]).includes(s) ? (s as Status) : null;
const sdgOf = (s: string) => (/^\d{1,2}$/.test(s) && +s >= 1 && +s <= 17 ? s : null);
const slugOf = (s: string) => (SLUG.test(s) && s.length <= 80 ? s : null);
const nodeGroupOf = (s: string) => NODE_GROUPS.find((g) => g.id === s)?.id ?? null;
const linkGroupOf = (s: string) => LINK_GROUPS.find((g) => g.id === s)?.id ?? null;

function num(s: string | undefined): number | null {
	if (s === undefined || !/^-?\d+(\.\d+)?$/.test(s.trim())) return null;
	const n = Number(s);
	return Number.isFinite(n) ? n : null;
}

/** Reads a view state from URL parameters; anything unreadable is ignored and explained in `notices`. */
export function parseViewState(params: URLSearchParams): { state: ViewState; notices: string[] } {
	const state: ViewState = { ...DEFAULT_VIEW_STATE };
	const notices: string[] = [];
	const ignored = (name: string, value: string, why: string) =>
		notices.push(`Ignored ${name}=${value.slice(0, 40)}: ${why}.`);
	const seen = new Set<string>();

	for (const [name, raw] of params) {
		if (!(PARAMS as readonly string[]).includes(name)) {
			if (!seen.has(name)) notices.push(`Ignored the unknown parameter “${name.slice(0, 40)}”.`);
			seen.add(name);
			continue;
		}
		if (seen.has(name)) {
			notices.push(`Ignored a repeated “${name}” (the first one counts).`);
			continue;
		}
		seen.add(name);
		const readList = <T extends string>(accept: (s: string) => T | null, what: string) => {
			const r = list(raw, accept);
			if (r.bad.length) ignored(name, r.bad.join(','), `not ${what}`);
			return r.value;
		};
		switch (name) {
			case 'v':
				if (raw !== String(VIEW_STATE_VERSION))
					notices.push(
						`This link is for version ${raw.slice(0, 10)} of the view; read as version 1.`
					);
				break;
			case 'sdg':
				state.sdg = readList(sdgOf, 'an SDG number from 1 to 17')
					.map(Number)
					.sort((a, b) => a - b);
				break;
			case 'sector':
				state.sector = readList(sectorOf, 'a Sector (itu-r, itu-t, itu-d, gs, itu)');
				break;
			case 'type':
				state.type = readList(slugOf, 'a type name');
				break;
			case 'status':
				state.status = readList(statusOf, `a status (${STATUSES.join(', ')})`);
				break;
			case 'hide':
				state.hide = readList(nodeGroupOf, 'a node group');
				break;
			case 'hidelinks':
				state.hideLinks = readList(linkGroupOf, 'a link group');
				break;
			case 'sel':
				if (slugOf(raw)) state.sel = raw;
				else ignored(name, raw, 'not an id');
				break;
			case 'depth':
				if (/^[0-3]$/.test(raw)) state.depth = Number(raw) as ViewState['depth'];
				else ignored(name, raw, 'the focus depth is 1, 2 or 3');
				break;
			case 'zoom': {
				const [k, x, y] = raw.split(',').map(num);
				if (k != null && x != null && y != null && k >= 0.02 && k <= 50) state.zoom = { k, x, y };
				else ignored(name, raw, 'expected scale,x,y with a scale from 0.02 to 50');
				break;
			}
			case 'years': {
				const m = /^(\d{4})-(\d{4})$/.exec(raw);
				if (m && +m[1]! <= +m[2]!) state.years = { from: +m[1]!, to: +m[2]! };
				else ignored(name, raw, 'expected a range like 2015-2023');
				break;
			}
			case 'fw':
				if (slugOf(raw)) state.fw = raw;
				else ignored(name, raw, 'not a framework id');
				break;
			case 'sort':
				if (/^[a-z]{1,20}$/.test(raw)) state.sort = raw;
				else ignored(name, raw, 'not an order name');
				break;
			case 'table':
				if (/^[a-z][a-z0-9_]{0,40}$/.test(raw)) state.table = raw;
				else ignored(name, raw, 'not a table name');
				break;
			case 'proj':
				if (raw === '1' || raw === '0') state.proj = raw === '1';
				else ignored(name, raw, 'projector mode is 1 (on) or 0 (off)');
				break;
			case 'sdglinks':
				if (raw === 'stated' || raw === 'derived') state.sdgLinks = raw;
				else
					ignored(name, raw, 'SDG links are stated (stated only) or derived (stated and derived)');
				break;
			case 'doubtful':
				if (raw === '1' || raw === '0') state.doubtful = raw === '1';
				else ignored(name, raw, 'doubtful names are shown with 1 and hidden with 0');
				break;
			case 'present':
				if (/^[a-z0-9]+(?:[-.][a-z0-9]+)*:\d{1,2}$/.test(raw) && raw.length <= 90)
					state.present = raw;
				else ignored(name, raw, 'expected a deck id and a step, like itu-in-10-minutes:2');
				break;
		}
	}
	return { state, notices };
}

const round = (n: number, digits: number) => String(Math.round(n * 10 ** digits) / 10 ** digits);

/**
 * The query string (without `?`) for a state: defaults omitted, lists sorted, a fixed parameter order,
 * and `v=1` first. Returns "" for the default state.
 */
export function writeViewState(s: ViewState): string {
	const parts: string[] = [];
	const add = (name: string, value: string) =>
		parts.push(`${name}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':')}`);
	const addList = (name: string, values: readonly (string | number)[]) => {
		if (values.length) add(name, [...new Set(values.map(String))].sort(sortKey).join(','));
	};
	addList('sdg', s.sdg);
	addList(
		'sector',
		s.sector.map((x) => x.toLowerCase())
	);
	addList('type', s.type);
	addList('status', s.status);
	addList('hide', s.hide);
	addList('hidelinks', s.hideLinks);
	if (s.sel) add('sel', s.sel);
	if (s.depth) add('depth', String(s.depth));
	if (s.zoom) add('zoom', [round(s.zoom.k, 2), round(s.zoom.x, 0), round(s.zoom.y, 0)].join(','));
	if (s.years) add('years', `${s.years.from}-${s.years.to}`);
	if (s.fw) add('fw', s.fw);
	if (s.sort) add('sort', s.sort);
	if (s.table) add('table', s.table);
	if (s.proj) add('proj', '1');
	if (s.present) add('present', s.present);
	if (s.sdgLinks === 'stated') add('sdglinks', 'stated');
	if (s.doubtful) add('doubtful', '1');
	return parts.length ? [`v=${VIEW_STATE_VERSION}`, ...parts].join('&') : '';
}

/** Numbers in numeric order, other values alphabetically. */
function sortKey(a: string, b: string): number {
	return /^\d+$/.test(a) && /^\d+$/.test(b) ? +a - +b : a < b ? -1 : a > b ? 1 : 0;
}
