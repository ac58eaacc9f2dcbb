/** Zod schemas of the target tables: frameworks, goals, targets, indicators and observations. */
import { z } from 'zod';
import * as f from './fields';
import { listOf, toList } from './lists';
import { aliasList, provenanceColumns, table, withStatusNote } from './provenance';
import type { Row } from './provenance';
import * as T from './types';

export const frameworks = table(
	withStatusNote(
		z.object({
			id: f.id(),
			name: f.text(),
			adopted_year: f.year().optional(),
			deadline_year: f.year().optional(),
			adopted_by: f.id().optional(),
			description: f.text().optional(),
			aliases: aliasList,
			...provenanceColumns
		})
	),
	(r): Row<T.Framework> => ({
		id: r.id,
		name: r.name,
		adoptedYear: f.toNumber(r.adopted_year),
		deadlineYear: f.toNumber(r.deadline_year),
		adoptedBy: r.adopted_by,
		description: r.description,
		aliases: toList(r.aliases),
		status: r.status,
		statusNote: r.status_note,
		source: toList(r.source)
	})
);

export const goals = table(
	withStatusNote(
		z.object({
			id: f.id(),
			framework: f.id(),
			number: f.wholeNumber(0, 999).optional(),
			name: f.text(),
			statement: f.text().optional(),
			...provenanceColumns
		})
	),
	(r): Row<T.Goal> => ({
		id: r.id,
		framework: r.framework,
		number: f.toNumber(r.number),
		name: r.name,
		statement: r.statement,
		status: r.status,
		statusNote: r.status_note,
		source: toList(r.source)
	})
);

export const targets = table(
	withStatusNote(
		z.object({
			id: f.id(),
			framework: f.id(),
			goal: f.id().optional(),
			code: f.text(),
			text: f.text(),
			official_text: f.text().optional(),
			kind: f.oneOf(T.TARGET_KINDS, 'a target kind'),
			target_value: f.decimal().optional(),
			unit: f.text().optional(),
			baseline_value: f.decimal().optional(),
			baseline_year: f.year().optional(),
			target_year: f.year().optional(),
			region: f.text().optional(),
			indicator: f.id().optional(),
			caveat: f.text().optional(),
			no_status_reason: f.text().optional(),
			no_status_source: listOf(f.id()),
			reported_instead: listOf(f.id()),
			proxy_indicator: f.id().optional(),
			proxy_region: f.text().optional(),
			proxy_reason: f.text().optional(),
			proxy_source: listOf(f.id()),
			...provenanceColumns
		})
	),
	(r): Row<T.Target> => ({
		id: r.id,
		framework: r.framework,
		goal: r.goal,
		code: r.code,
		text: r.text,
		officialText: r.official_text,
		kind: r.kind,
		targetValue: f.toNumber(r.target_value),
		unit: r.unit,
		baselineValue: f.toNumber(r.baseline_value),
		baselineYear: f.toNumber(r.baseline_year),
		targetYear: f.toNumber(r.target_year),
		region: r.region,
		indicator: r.indicator,
		caveat: r.caveat,
		noStatus: r.no_status_reason
			? { reason: r.no_status_reason, source: toList(r.no_status_source) }
			: undefined,
		reportedInstead: toList(r.reported_instead),
		proxy:
			r.proxy_indicator || r.proxy_region
				? {
						indicator: r.proxy_indicator,
						region: r.proxy_region,
						reason: r.proxy_reason ?? '',
						source: toList(r.proxy_source)
					}
				: undefined,
		status: r.status,
		statusNote: r.status_note,
		source: toList(r.source)
	})
);

export const indicators = table(
	withStatusNote(
		z.object({
			id: f.id(),
			name: f.text(),
			unit: f.text().optional(),
			sdg_indicator: f.text().optional(),
			description: f.text().optional(),
			...provenanceColumns
		})
	),
	(r): Row<T.Indicator> => ({
		id: r.id,
		name: r.name,
		unit: r.unit,
		sdgIndicator: r.sdg_indicator,
		description: r.description,
		status: r.status,
		statusNote: r.status_note,
		source: toList(r.source)
	})
);

export const observations = table(
	withStatusNote(
		z.object({
			id: f.id(),
			indicator: f.id(),
			target: f.id().optional(),
			region: f.text(),
			year: f.year(),
			value: f.decimal(),
			unit: f.text(),
			edition: f.text(),
			nature: f.oneOf(T.NATURES, 'a nature (how the value was obtained)'),
			...provenanceColumns
		})
	),
	(r): Row<T.Observation> => ({
		id: r.id,
		indicator: r.indicator,
		target: r.target,
		region: r.region,
		year: f.toNumber(r.year),
		value: f.toNumber(r.value),
		unit: r.unit,
		edition: r.edition,
		nature: r.nature,
		status: r.status,
		statusNote: r.status_note,
		source: toList(r.source)
	})
);
