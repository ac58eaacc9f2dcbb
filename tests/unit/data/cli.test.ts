/** The validate CLI (`npm run validate [dir]`): exit codes and what it prints. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { GOOD_DIR, threeErrors } from './helpers';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'itu-atlas-validate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function validate(dir: string) {
	const run = spawnSync('npx', ['tsx', 'scripts/validate.ts', dir], {
		cwd: ROOT,
		encoding: 'utf8'
	});
	return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('scripts/validate.ts', { timeout: 60_000 }, () => {
	it('prints the three located errors and exits with 1', () => {
		for (const [name, text] of Object.entries(threeErrors())) writeFileSync(join(temp, name), text);
		const { code, out, err } = validate(temp);
		expect(code).toBe(1);
		expect(out.trim().split('\n')).toEqual([
			'entities.csv:11:start_year — "20l9" is not a whole year (expected a year from 1800 to 2100)',
			'events.csv:4:id — "wtdc" is already used at entities.csv:8',
			'relations.csv:7:to — "wtdc-2026" is not the id of any entity, event, SDG, WSIS action line, framework, goal, target or indicator'
		]);
		expect(err).toContain('3 errors, 0 warnings in');
	});

	it('prints one summary line and exits with 0 on the good fixture', () => {
		const { code, out } = validate(GOOD_DIR);
		expect(code).toBe(0);
		expect(out.trim()).toBe(
			'OK: 15 tables — 12 entities, 4 events, 3 sdgs, 3 WSIS action lines, 2 frameworks, 2 goals, 3 targets, 2 indicators, 3 observations, 14 relations, 4 facts, 8 sources, 0 SDG targets, 0 SDG alignment rows; 0 warnings'
		);
	});

	it('exits with 2 and says so when the folder does not exist', () => {
		const { code, out, err } = validate(join(temp, 'nowhere'));
		expect(code).toBe(2);
		expect(out).toBe('');
		expect(err).toContain('is not a folder');
	});
});
