/**
 * The service worker seen from the page: registered once the app runs (at the app's base path, so
 * its scope is the app), whether this version is cached for offline use, and whether a newer
 * version has been deployed and waits; `takeOver()` lets it take over and reloads the page, so no
 * page ever runs on two versions. Browser-only.
 */
export type OfflineState = 'unsupported' | 'caching' | 'ready' | 'update';

class Offline {
	state = $state<OfflineState>('unsupported');
	#registration: ServiceWorkerRegistration | undefined;

	/** Registers `scriptUrl` (the build's `service-worker.js`) and follows its life. */
	async register(scriptUrl: string): Promise<void> {
		// Absent over plain http and where the browser (or a test harness) blocks service workers.
		const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
		if (!container) return;
		this.state = 'caching';
		let reg: ServiceWorkerRegistration | undefined;
		try {
			reg = await container.register(scriptUrl);
		} catch {
			reg = undefined;
		}
		if (!reg) {
			this.state = 'unsupported';
			return;
		}
		this.#registration = reg;
		const follow = () => {
			// A waiting worker while one controls the page: a newer version is ready.
			if (reg.waiting && container.controller) this.state = 'update';
			else if (reg.active && !reg.installing) this.state = 'ready';
		};
		reg.addEventListener('updatefound', () => {
			reg.installing?.addEventListener('statechange', follow);
		});
		reg.installing?.addEventListener('statechange', follow);
		follow();
		let reloading = false;
		container.addEventListener('controllerchange', () => {
			// The first version claiming the page is not a change of version.
			if (this.state !== 'update' || reloading) return follow();
			reloading = true;
			location.reload();
		});
	}

	/** Lets the waiting newer version take over; the page reloads on it. */
	takeOver(): void {
		this.#registration?.waiting?.postMessage('take-over');
	}
}

export const offline = new Offline();
