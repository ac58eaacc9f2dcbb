/**
 * The page's side of the service worker: offline-ready once a version is active, a newer version
 * offered (not forced) while one controls the page, and taken over only when asked.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

type Listener = () => void;
/** A fake registration and container with just what `offline` uses. */
function fakeWorkers(opts: { waiting?: boolean; controlled: boolean }) {
	const posted: unknown[] = [];
	const listeners: Record<string, Listener[]> = {};
	const on = (type: string, fn: Listener) => (listeners[type] ??= []).push(fn);
	const reg = {
		active: {},
		installing: null,
		waiting: opts.waiting ? { postMessage: (m: unknown) => posted.push(m) } : null,
		addEventListener: on
	};
	const container = {
		controller: opts.controlled ? {} : null,
		register: vi.fn(async () => reg),
		addEventListener: on
	};
	Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
	return { posted, listeners, container };
}

afterEach(() => {
	Object.defineProperty(navigator, 'serviceWorker', { value: undefined, configurable: true });
	vi.resetModules();
});

describe('offline', () => {
	it('is ready for offline use once this version is active', async () => {
		const { container } = fakeWorkers({ controlled: false });
		const { offline } = await import('$lib/offline/offline.svelte');
		await offline.register('https://example.org/atlas/service-worker.js');
		expect(container.register).toHaveBeenCalledWith('https://example.org/atlas/service-worker.js');
		expect(offline.state).toBe('ready');
	});

	it('offers a newer version that waits, and lets it take over only when asked', async () => {
		const { posted } = fakeWorkers({ waiting: true, controlled: true });
		const { offline } = await import('$lib/offline/offline.svelte');
		await offline.register('/sw.js');
		expect(offline.state).toBe('update');
		expect(posted).toEqual([]);
		offline.takeOver();
		expect(posted).toEqual(['take-over']);
	});

	it('stays silent where service workers are unavailable or blocked', async () => {
		Object.defineProperty(navigator, 'serviceWorker', { value: undefined, configurable: true });
		const { offline } = await import('$lib/offline/offline.svelte');
		await offline.register('/sw.js');
		expect(offline.state).toBe('unsupported');
	});
});
