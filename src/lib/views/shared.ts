/**
 * The shared view state: what every view honours and every navigation link keeps (the filters,
 * the year range, projector mode and the briefing being presented), and its URL parameters.
 * Relative imports only (see `url.ts`).
 */
import type { AlignmentMode } from '../data/alignment';
import { SECTORS, STATUSES, type Sector, type Status } from '../data/types';
import { readList, slugOf, writeList, type ParamSpec } from './url';

export interface SharedState {
	/** SDG numbers the nodes must be aligned with. */
	sdg: number[];
	sector: Sector[];
	/** Entity types (slugs). */
	type: string[];
	/** Data statuses. */
	status: Status[];
	/** An inclusive year range. */
	years: { from: number; to: number } | null;
	/** Projector theme (`proj=1`): large type, thick lines, high contrast. Kept across views. */
	proj: boolean;
	/** Presenting a briefing: `deck:step` (e.g. `itu-in-10-minutes:2`), kept while drilling. */
	present: string | null;
	/** SDG links counted by the SDG filter: stated only, or stated and derived (`sdglinks=stated`). */
	sdgLinks: AlignmentMode;
	/** Show the names flagged doubtful (`doubtful=1`); hidden by default. */
	doubtful: boolean;
}

export const SHARED_DEFAULTS: SharedState = {
	sdg: [],
	sector: [],
	type: [],
	status: [],
	years: null,
	proj: false,
	present: null,
	sdgLinks: 'derived',
	doubtful: false
};

/** The names of the shared parameters (those that travel with every navigation link). */
export const SHARED_KEYS = [
	'sdg',
	'sector',
	'type',
	'status',
	'years',
	'proj',
	'present',
	'sdgLinks',
	'doubtful'
] as const satisfies readonly (keyof SharedState)[];

const sectorOf = (s: string) => SECTORS.find((x) => x.toLowerCase() === s.toLowerCase()) ?? null;
const statusOf = (s: string) =>
	(STATUSES as readonly string[]).includes(s) ? (s as Status) : null;
const sdgOf = (s: string) => (/^\d{1,2}$/.test(s) && +s >= 1 && +s <= 17 ? s : null);

export const SHARED_PARAMS: readonly ParamSpec<SharedState>[] = [
	{
		name: 'sdg',
		order: 10,
		read(raw, s, ignore) {
			s.sdg = readList(raw, sdgOf, 'an SDG number from 1 to 17', ignore)
				.map(Number)
				.sort((a, b) => a - b);
		},
		write: (s) => writeList(s.sdg)
	},
	{
		name: 'sector',
		order: 20,
		read(raw, s, ignore) {
			s.sector = readList(raw, sectorOf, 'a Sector (itu-r, itu-t, itu-d, gs, itu)', ignore);
		},
		write: (s) => writeList(s.sector.map((x) => x.toLowerCase()))
	},
	{
		name: 'type',
		order: 30,
		read(raw, s, ignore) {
			s.type = readList(raw, slugOf, 'a type name', ignore);
		},
		write: (s) => writeList(s.type)
	},
	{
		name: 'status',
		order: 40,
		read(raw, s, ignore) {
			s.status = readList(raw, statusOf, `a status (${STATUSES.join(', ')})`, ignore);
		},
		write: (s) => writeList(s.status)
	},
	{
		name: 'years',
		order: 100,
		read(raw, s, ignore) {
			const m = /^(\d{4})-(\d{4})$/.exec(raw);
			if (m && +m[1]! <= +m[2]!) s.years = { from: +m[1]!, to: +m[2]! };
			else ignore(raw, 'expected a range like 2015-2023');
		},
		write: (s) => (s.years ? `${s.years.from}-${s.years.to}` : null)
	},
	{
		name: 'proj',
		order: 140,
		read(raw, s, ignore) {
			if (raw === '1' || raw === '0') s.proj = raw === '1';
			else ignore(raw, 'projector mode is 1 (on) or 0 (off)');
		},
		write: (s) => (s.proj ? '1' : null)
	},
	{
		name: 'present',
		order: 150,
		read(raw, s, ignore) {
			if (/^[a-z0-9]+(?:[-.][a-z0-9]+)*:\d{1,2}$/.test(raw) && raw.length <= 90) s.present = raw;
			else ignore(raw, 'expected a deck id and a step, like itu-in-10-minutes:2');
		},
		write: (s) => s.present
	},
	{
		name: 'sdglinks',
		order: 160,
		read(raw, s, ignore) {
			if (raw === 'stated' || raw === 'derived') s.sdgLinks = raw;
			else ignore(raw, 'SDG links are stated (stated only) or derived (stated and derived)');
		},
		write: (s) => (s.sdgLinks === 'stated' ? 'stated' : null)
	},
	{
		name: 'doubtful',
		order: 170,
		read(raw, s, ignore) {
			if (raw === '1' || raw === '0') s.doubtful = raw === '1';
			else ignore(raw, 'doubtful names are shown with 1 and hidden with 0');
		},
		write: (s) => (s.doubtful ? '1' : null)
	}
];
