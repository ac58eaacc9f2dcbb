/** Text that is not valid UTF-8 (a Latin-1 file) is an error at its row and column, never accepted. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../src/lib/data/sniff';
import { errorsOf, GOOD_DIR, goodFiles } from './helpers';

const NAME = 'Union internationale des télécommunications (Genève)';
const good = goodFiles();
/** entities.csv with the ITU's French name in row 2's name cell. */
const entities = good['entities.csv']!.replace(
	'itu,International Telecommunication Union,',
	`itu,${NAME},`
);
/** The same file saved as Latin-1 (one byte per character), the way many spreadsheets save CSV. */
const latin1 = Uint8Array.from(entities, (c) => c.charCodeAt(0));

describe('a file that is not UTF-8', () => {
	it('decodes valid UTF-8 unchanged', () => {
		expect(decodeCsvBytes(new TextEncoder().encode(entities))).toBe(entities);
	});

	it('is an error at the row and column of the first damaged cell, naming the encoding', () => {
		const errors = errorsOf({ ...good, 'entities.csv': decodeCsvBytes(latin1) });
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ file: 'entities.csv', row: 2, column: 'name' });
		expect(errors[0]!.message).toBe(
			'"Union internationale des t\uFFFDl\uFFFDcommunications (Gen\uFFFDve)" has "\uFFFD" at ' +
				'character 27: this text is not valid UTF-8. The file looks saved as Latin-1 / ' +
				'Windows-1252 (a common spreadsheet default), or was converted from it with loss (an ' +
				'accent became "\uFFFD"); open the original and save it again from the spreadsheet as ' +
				'"CSV UTF-8 (comma-separated)"'
		);
	});

	it('a UTF-8 file with a lone U+FFFD is the same error', () => {
		const text = good['entities.csv']!.replace('Radiocommunication Sector', 'Radio\uFFFD Sector');
		const errors = errorsOf({ ...good, 'entities.csv': text });
		expect(errors.map((e) => [e.row, e.column])).toEqual([[3, 'name']]);
		expect(errors[0]!.message).toMatch(/^"Radio\uFFFD Sector" has "\uFFFD" at character 6: /);
	});

	it('a file full of accents is still reported cell by cell, not as binary', () => {
		const [header, ...rows] = good['entities.csv']!.split('\n');
		const dense = [header, ...rows.map((r) => r.replace(/[ae]/g, 'é'))].join('\n');
		const bytes = Uint8Array.from(dense, (c) => c.charCodeAt(0));
		const errors = errorsOf({ ...good, 'entities.csv': decodeCsvBytes(bytes) });
		expect(errors.length).toBeGreaterThan(10);
		expect(errors.every((e) => e.row !== undefined && e.column !== undefined)).toBe(true);
	});
});

describe('npm run validate on a Latin-1 file', { timeout: 60_000 }, () => {
	const temp = mkdtempSync(join(tmpdir(), 'itu-atlas-latin1-'));
	afterAll(() => rmSync(temp, { recursive: true, force: true }));

	it('prints the located error and exits with 1', () => {
		for (const name of readdirSync(GOOD_DIR)) copyFileSync(join(GOOD_DIR, name), join(temp, name));
		writeFileSync(join(temp, 'entities.csv'), latin1);
		const root = fileURLToPath(new URL('../../../', import.meta.url));
		const run = spawnSync('npx', ['tsx', 'scripts/validate.ts', temp], {
			cwd: root,
			encoding: 'utf8'
		});
		expect(run.status).toBe(1);
		expect(run.stdout).toMatch(/^entities\.csv:2:name — "Union internationale des t\uFFFDl/);
		expect(run.stdout).toContain('Latin-1 / Windows-1252');
	});
});
