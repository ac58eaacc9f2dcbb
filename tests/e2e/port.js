// The port the end-to-end server listens on, decided once when Playwright loads its config (its
// workers inherit it through E2E_PORT): PORT when set (failing with a clear message when that port
// is busy), else a free port the system picks, so the suite runs beside `npm start` or anything else.
import { execFileSync } from 'node:child_process';

/**
 * Node code that listens on port `wanted` (0: any) on localhost, prints it, and closes.
 * @param {number} wanted
 */
const probe = (wanted) => `
const s = require('node:net').createServer();
s.once('error', (e) => { console.log('busy ' + e.code); });
s.listen(${wanted}, '127.0.0.1', () => { console.log(s.address().port); s.close(); });`;

/**
 * A free port for the end-to-end server: `PORT` if set and free (throws naming it when busy), else
 * one the system picks. Synchronous, because Playwright's `webServer.url` needs it up front.
 * @param {NodeJS.ProcessEnv} env
 * @returns {number}
 */
export function e2ePort(env = process.env) {
	if (env.E2E_PORT) return Number(env.E2E_PORT);
	const wanted = env.PORT ? Number(env.PORT) : 0;
	if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535)
		throw new Error(`PORT=${env.PORT} is not a port number (unset it to let the tests pick one)`);
	const out = execFileSync(process.execPath, ['-e', probe(wanted)], { encoding: 'utf8' }).trim();
	if (!/^\d+$/.test(out))
		throw new Error(
			`Port ${wanted} (from PORT) is busy (${out.replace('busy ', '')}): stop what listens ` +
				'there, or unset PORT and the end-to-end tests pick a free port themselves'
		);
	env.E2E_PORT = out;
	return Number(out);
}
