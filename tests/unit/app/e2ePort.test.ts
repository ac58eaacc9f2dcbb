/** The end-to-end server's port: a free one by default, a clear message when PORT is busy. */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2ePort } from '../../e2e/port.js';

let busy: Server;
let busyPort = 0;
beforeAll(async () => {
	busy = createServer();
	await new Promise<void>((ok) => busy.listen(0, '127.0.0.1', ok));
	busyPort = (busy.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((ok) => busy.close(() => ok())));

describe('e2ePort', () => {
	it('picks a free port when PORT is not set, and keeps it for the workers', async () => {
		const env: NodeJS.ProcessEnv = {};
		const port = e2ePort(env);
		expect(port).toBeGreaterThan(0);
		expect(env.E2E_PORT).toBe(String(port));
		expect(e2ePort(env)).toBe(port);
		const probe = createServer();
		await new Promise<void>((ok, fail) => probe.once('error', fail).listen(port, '127.0.0.1', ok));
		await new Promise<void>((ok) => probe.close(() => ok()));
	});

	it('fails naming the port when PORT is busy', () => {
		expect(() => e2ePort({ PORT: String(busyPort) })).toThrow(
			new RegExp(`^Port ${busyPort} \\(from PORT\\) is busy \\(EADDRINUSE\\)`)
		);
	});

	it('the server says which port is busy and exits with 1', () => {
		const run = spawnSync(process.execPath, ['tests/e2e/server.js'], {
			env: { ...process.env, PORT: String(busyPort) },
			encoding: 'utf8',
			timeout: 10_000
		});
		expect(run.status).toBe(1);
		expect(run.stderr.trim()).toBe(
			`Port ${busyPort} is busy: stop what listens there, or set PORT to a free port`
		);
	});
});
