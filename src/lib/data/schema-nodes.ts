/** Zod schemas of the node tables that describe ITU itself: entities, events, SDGs, WSIS lines. */
import { z } from 'zod';
import * as f from './fields';
import { idList, toList } from './lists';
import { aliasList, provenanceColumns, sectorList, table, withStatusNote } from './provenance';
import type { Row } from './provenance';
import * as T from './types';

/** The `name_fr` … `name_ar` columns: optional, each an official name in that language. */
const nameColumns = Object.fromEntries(
	T.NAME_LANGUAGES.map((l) => [`name_${l}`, f.text().optional()])
) as Record<`name_${T.NameLanguage}`, z.ZodOptional<ReturnType<typeof f.text>>>;

/** A name in another language needs the source that gives that official term. */
const hasNameWithoutSource = (row: Record<string, unknown>) =>
	T.NAME_LANGUAGES.some((l) => row[`name_${l}`] !== undefined) && row.names_source === undefined;

function namesOf(r: Record<string, string | undefined>): Pick<T.Entity, 'names' | 'namesSource'> {
	const names = Object.fromEntries(
		T.NAME_LANGUAGES.flatMap((l) => {
			const name = r[`name_${l}`];
			return name === undefined ? [] : [[l, name]];
		})
	);
	return Object.keys(names).length ? { names, namesSource: toList(r.names_source) } : {};
}

export const entities = table(
	withStatusNote(
		z.object({
			id: f.id(),
			name: f.text(),
			type: f.oneOf(T.ENTITY_TYPES, 'an entity type'),
			sector: sectorList,
			description: f.text().optional(),
			aliases: aliasList,
			start_year: f.year().optional(),
			end_year: f.year().optional(),
			cadence: f.oneOf(T.CADENCES, 'a cadence').optional(),
			fixed_date: f.monthDay().optional(),
			...nameColumns,
			names_source: idList().optional(),
			...provenanceColumns
		})
	).refine((row) => !hasNameWithoutSource(row), {
		path: ['names_source'],
		when: () => true,
		error:
			'required when a name_fr, name_es, name_ru, name_zh or name_ar cell is filled (the source that gives the official name)'
	}),
	(r): Row<T.Entity> => ({
		id: r.id,
		name: r.name,
		type: r.type,
		sectors: toList<T.Sector>(r.sector),
		description: r.description,
		aliases: toList(r.aliases),
		startYear: f.toNumber(r.start_year),
		endYear: f.toNumber(r.end_year),
		cadence: r.cadence,
		fixedDate: r.fixed_date,
		// Only on the rows that have names (the Data page shows a column only where rows have it).
		...namesOf(r),
		status: r.status,
		statusNote: r.status_note,
		source: toList(r.source)
	})
);

export const events = table(
	withStatusNote(
		z.object({
			id: f.id(),
			name: f.text(),
			kind: f.oneOf(T.EVENT_KINDS, 'an event kind'),
			series: f.id().optional(),
			start_date: f.date(),
			end_date: f.date().optional(),
			place: f.text().optional(),
			sector: sectorList,
			description: f.text().optional(),
			aliases: aliasList,
			...provenanceColumns
		})
	),
	(r): Row<T.EventItem> => ({
		id: r.id,
		name: r.name,
		kind: r.kind,
		series: r.series,
		start: f.toDate(r.start_date),
		end: f.toDate(r.end_date),
		place: r.place,
		sectors: toList<T.Sector>(r.sector),
		description: r.description,
		aliases: toList(r.aliases),
		status: r.status,
		statusNote: r.status_note,
		source: toList(r.source)
	})
);

export const sdgs = table(
	withStatusNote(
		z.object({
			id: f.id(),
			number: f.wholeNumber(1, 17),
			short_name: f.text(),
			title: f.text(),
			colour: f.colour(),
			...provenanceColumns
		})
	),
	(r): Row<T.Sdg> => ({
		id: r.id,
		number: f.toNumber(r.number),
		shortName: r.short_name,
		title: r.title,
		colour: r.colour,
		status: r.status,
		statusNote: r.status_note,
		source: toList(r.source)
	})
);

export const wsisActionLines = table(
	withStatusNote(
		z.object({
			id: f.id(),
			code: f.text(),
			title: f.text(),
			itu_role: f.oneOf(T.ITU_ROLES, 'an ITU role'),
			lead_facilitators: f.text().optional(),
			...provenanceColumns
		})
	),
	(r): Row<T.WsisActionLine> => ({
		id: r.id,
		code: r.code,
		title: r.title,
		ituRole: r.itu_role,
		leadFacilitators: r.lead_facilitators,
		status: r.status,
		statusNote: r.status_note,
		source: toList(r.source)
	})
);
