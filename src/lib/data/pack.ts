/**
 * What the browser is sent of the embedded dataset: the typed tables without what it can rebuild
 * cheaply (nodes and links), and the observations apart (only the pages that chart or list them
 * load those). `unpackDataset` restores a full `Dataset`.
 */
import { buildDataset, type TypedTables } from './model';
import type { Dataset, Observation } from './types';

export type PackedDataset = Omit<TypedTables, 'observations'>;

/** The dataset minus nodes, links and observations (ship observations separately where needed). */
export function packDataset(d: Dataset): PackedDataset {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { nodes, links, observations, ...tables } = d;
	return tables;
}

/** A full dataset again: nodes and links rebuilt exactly as the validator builds them. */
export function unpackDataset(p: PackedDataset, observations: Observation[] = []): Dataset {
	return buildDataset({ ...p, observations });
}

/**
 * The files the browser fetches (once, then cached: hashed, immutable assets): the packed tables and,
 * apart, the observations (only the pages that chart or list them fetch those). The server renders
 * from the same JSON text, parsed the same way, so the markup it prerenders is the markup the
 * browser hydrates.
 */
export interface ShippedJson {
	tables: string;
	observations: string;
}

export const shippedJson = (d: Dataset): ShippedJson => ({
	tables: JSON.stringify(packDataset(d)),
	observations: JSON.stringify(d.observations)
});
