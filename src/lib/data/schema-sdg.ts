/** Zod schemas of the SDG tables: SDG targets named by alignment rows, and the alignment evidence. */
import { z } from 'zod';
import * as f from './fields';
import { toList } from './lists';
import { provenanceColumns, table, withStatusNote } from './provenance';
import type { Row } from './provenance';
import * as T from './types';

export const sdgTargets = table(
	withStatusNote(
		z.object({
			id: f.id(),
			sdg: f.id(),
			code: f.text(),
			text: f.text().optional(),
			...provenanceColumns
		})
	),
	(r): Row<T.SdgTarget> => ({
		id: r.id,
		sdg: r.sdg,
		code: r.code,
		text: r.text,
		status: r.status,
		statusNote: r.status_note,
		source: toList(r.source)
	})
);

/** An SDG indicator code: `9.c.1`, `17.6.1`. */
const sdgIndicator = () =>
	z.string().regex(/^\d{1,2}\.[0-9a-z]{1,2}\.\d{1,2}$/, {
		error: (iss) => `"${String(iss.input)}" is not an SDG indicator code (expected e.g. 9.c.1)`
	});

export const sdgAlignment = table(
	withStatusNote(
		z.object({
			from: f.id(),
			to: f.id(),
			kind: f.oneOf(T.ALIGNMENT_KINDS, 'an alignment kind', (input) =>
				input.trim().toLowerCase() === 'derived'
					? 'derived links are computed by the app from the facilitation and indicator rows (data/README.md, "Stated and derived"); write only the evidence: stated, matrix or custodian'
					: undefined
			),
			sdg_indicator: sdgIndicator().optional(),
			quote: f.text().optional(),
			note: f.text().optional(),
			...provenanceColumns
		})
	),
	(r): Row<T.SdgAlignmentRow> => ({
		from: r.from,
		to: r.to,
		kind: r.kind,
		sdgIndicator: r.sdg_indicator,
		quote: r.quote,
		note: r.note,
		status: r.status,
		statusNote: r.status_note,
		source: toList(r.source)
	})
);
