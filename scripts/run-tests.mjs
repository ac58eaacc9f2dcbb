#!/usr/bin/env node
// Runs every check in order (type check, lint, unit and component tests, build, size budget,
// end-to-end tests), carries on past a failure so one run reports everything, and ends with one
// plain line: `N passed, M failed` (tests counted one by one; a step without tests counts as one).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const results = [];

function run(name, cmd, args, env = {}) {
	console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
	const t = Date.now();
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	const ok = r.status === 0;
	console.log(`${ok ? '✓' : '✕'} ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
	return ok;
}

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

const step = (name, ok) => results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });

step('type check', run('type check', 'npm', ['run', 'check']));
step('lint', run('lint', 'npm', ['run', 'lint']));
// Every message in all six languages, with English's placeholders, and used in the code.
step('message catalogues', run('message catalogues', 'npm', ['run', 'check:messages']));

rmSync('test-results/vitest.json', { force: true });
const unitOk = run('unit and component tests', 'npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	'--outputFile.json=test-results/vitest.json'
]);
const v = readJson('test-results/vitest.json');
if (v) {
	const failed = v.numFailedTests + (unitOk || v.numFailedTests ? 0 : 1);
	results.push({ name: 'vitest', passed: v.numPassedTests, failed });
} else step('vitest', false);

const built = run('build', 'npm', ['run', 'build']);
step('build', built);
// The size budget (scripts/size-budget.ts): prints each page's HTML, the JavaScript each route loads
// and the dataset assets, and fails on growth over 5% of size-budget.json or a page over 60 kB.
if (built) step('size budget', run('size budget', 'npm', ['run', 'size']));
else step('size budget (not run: the build failed)', false);

rmSync('test-results/e2e.json', { force: true });
if (built) {
	const e2eOk = run('end-to-end tests (Chromium)', 'npx', ['playwright', 'test']);
	const e = readJson('test-results/e2e.json');
	if (e?.stats) {
		const failed = e.stats.unexpected + e.stats.flaky + (e2eOk || e.stats.unexpected ? 0 : 1);
		results.push({ name: 'e2e', passed: e.stats.expected, failed });
	} else step('e2e', false);
} else step('e2e (not run: the build failed)', false);

console.log('\nSummary:');
for (const r of results)
	console.log(`  ${r.failed ? '✕' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
if (!existsSync('/usr/bin/chromium'))
	console.log('(Chromium is missing: run `bash scripts/setup.sh`)');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
