/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after the first visit. On install, this version's whole app is cached in one cache named
 * after the build's version: the scripts and styles, the dataset assets, the static files and every
 * prerendered page (so every route works offline, with any query: the state is read in the
 * browser). Everything in that list is answered from the cache, so a page never mixes two
 * versions. A newer deployment installs beside it and waits until the page asks it to take over
 * (the page offers a reload: `$lib/offline`); then the old cache is deleted.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `atlas-${version}`;
// Not the offline edition's source pages (the one-file edition is made from them; the app itself
// presents offline): some 280 kB each, in every language.
const ASSETS = [...build, ...files, ...prerendered].filter((p) => !/\/present\/offline\//.test(p));
const OWN = new Set(ASSETS);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			// The first version takes the open pages at once: they are offline-ready without a reload.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'take-over') void sw.skipWaiting();
});

/** The cached answer of `request`: the file, or for a page the prerendered page of its path. */
async function cached(request: Request): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	const url = new URL(request.url);
	if (OWN.has(url.pathname)) return cache.match(url.pathname);
	if (request.mode === 'navigate' && !url.pathname.endsWith('/') && OWN.has(`${url.pathname}/`))
		return cache.match(`${url.pathname}/`);
	return undefined;
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const hit = await cached(request);
			if (hit) return hit;
			return fetch(request);
		})()
	);
});
