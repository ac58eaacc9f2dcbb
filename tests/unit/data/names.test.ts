/**
 * Official names in other UN languages (`name_fr` … `name_ar` of entities.csv): optional, each
 * filled only with the source that gives the term (`names_source`, ids of sources.csv).
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { DatasetFiles } from '../../../src/lib/data';
import { cellText, tableViews } from '../../../src/lib/data/tables';
import { expectOnlyError, goodFiles, setCell, validOf } from './helpers';

const COLUMNS = ['name_fr', 'name_es', 'name_ru', 'name_zh', 'name_ar', 'names_source'];

/** The good fixture with the name columns added to entities.csv (all empty). */
function withNameColumns(): DatasetFiles {
	const files = goodFiles();
	const rows = Papa.parse<string[]>(files['entities.csv']!.trim(), { header: false }).data;
	const wider = rows.map((r, i) => [...r, ...COLUMNS.map((c) => (i === 0 ? c : ''))]);
	return { ...files, 'entities.csv': Papa.unparse(wider, { newline: '\n' }) + '\n' };
}

const ITU_ROW = 2; // the fixture's row of `itu`, under the header

describe('name columns of entities.csv', () => {
	it('are optional: the fixture without them is valid, and so is one with them empty', () => {
		expect(validOf(goodFiles()).model.entities[0]!.names).toBeUndefined();
		expect(validOf(withNameColumns()).model.entities[0]!.names).toBeUndefined();
	});

	it('load each filled name under its language, with the sources of the names', () => {
		let files = setCell(withNameColumns(), 'entities.csv', ITU_ROW, 'name_fr', 'Nom français');
		files = setCell(files, 'entities.csv', ITU_ROW, 'name_ar', 'اسم');
		files = setCell(files, 'entities.csv', ITU_ROW, 'names_source', 'seed-001');
		const itu = validOf(files).model.entities.find((e) => e.id === 'itu')!;
		expect(itu.names).toEqual({ fr: 'Nom français', ar: 'اسم' });
		expect(itu.namesSource).toEqual(['seed-001']);
		// The Data page shows them in one column, each name after its language.
		const view = tableViews(validOf(files).model).find((t) => t.file === 'entities.csv')!;
		expect(view.columns.map((c) => c.key)).toContain('names');
		expect(view.columns.map((c) => c.key)).not.toContain('namesSource');
		expect(cellText(itu.names)).toBe('fr: Nom français; ar: اسم');
	});

	it('require names_source as soon as one name is filled', () => {
		const files = setCell(withNameColumns(), 'entities.csv', ITU_ROW, 'name_zh', '名称');
		expectOnlyError(
			files,
			{ file: 'entities.csv', row: ITU_ROW, column: 'names_source' },
			'required when a name_fr, name_es, name_ru, name_zh or name_ar cell is filled (the source that gives the official name)'
		);
	});

	it('check that names_source names sources of sources.csv', () => {
		let files = setCell(withNameColumns(), 'entities.csv', ITU_ROW, 'name_es', 'Nombre');
		files = setCell(files, 'entities.csv', ITU_ROW, 'names_source', 'no-such-source');
		const error = expectOnlyError(
			files,
			{ file: 'entities.csv', row: ITU_ROW, column: 'names_source' },
			/no-such-source/
		);
		expect(error.severity).toBe('error');
	});
});
