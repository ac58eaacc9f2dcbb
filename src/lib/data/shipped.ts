/**
 * Where the pages get the embedded dataset: in the browser, from the hashed JSON assets that
 * `scripts/vite-dataset-asset.ts` emits (fetched once with the load's `fetch`, then kept for every
 * later navigation and cached by the browser across visits); on the server (prerender), from the same
 * JSON text handed over by `hooks.server.ts`, so no page serialises the dataset into its HTML and the
 * server renders exactly what the browser will hydrate.
 */
import { observationsUrl, tablesUrl } from 'virtual:atlas-dataset';
import { unpackDataset, type PackedDataset, type ShippedJson } from './pack';
import type { Dataset, Observation } from './types';

type Fetch = typeof fetch;

let serverJson: (() => ShippedJson) | undefined;

/** Server only: where the prerender reads the shipped JSON (no network). */
export function provideShippedJson(get: () => ShippedJson) {
	serverJson = get;
}

let tables: Promise<Dataset> | undefined;
let observations: Promise<Observation[]> | undefined;

async function read<T>(which: keyof ShippedJson, url: string, fetch: Fetch): Promise<T> {
	if (serverJson) return JSON.parse(serverJson()[which]) as T;
	if (import.meta.env.SSR) throw new Error('shipped.ts: provideShippedJson was not called');
	const res = await fetch(url);
	if (!res.ok) throw new Error(`Could not load the dataset (${res.status} ${url})`);
	return JSON.parse(await res.text()) as T;
}

/** Forgets a failed load, so the next navigation tries again. */
function retryable<T>(p: Promise<T>, forget: () => void): Promise<T> {
	p.catch(forget);
	return p;
}

/** The embedded dataset, without observations (those come from `shippedObservations`). */
export function shippedDataset(fetch: Fetch): Promise<Dataset> {
	tables ??= retryable(
		read<PackedDataset>('tables', tablesUrl, fetch).then((p) => unpackDataset(p)),
		() => (tables = undefined)
	);
	return tables;
}

/** The embedded dataset's observations (targets and data pages, handouts, the deck). */
export function shippedObservations(fetch: Fetch): Promise<Observation[]> {
	observations ??= retryable(
		read<Observation[]>('observations', observationsUrl, fetch),
		() => (observations = undefined)
	);
	return observations;
}
