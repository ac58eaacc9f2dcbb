/**
 * What every view filters: the dataset without the names flagged doubtful (unless `doubtful=1`),
 * and each node's SDGs counted as the SDG filter's mode says (stated only, or stated and
 * derived). Pure; the alignment of a dataset is derived once and reused.
 */
import {
	alignedSdgs,
	deriveAlignment,
	sdgOfTargets,
	type AlignmentMode,
	type SdgLink
} from '$lib/data/alignment';
import { doubtfulCount, viewDataset } from '$lib/data/doubtful';
import type { Dataset } from '$lib/data/types';

export interface ViewData {
	/** The dataset the view draws and counts. */
	dataset: Dataset;
	/** Node id → the SDG numbers it is linked to in the chosen mode. */
	aligned: Map<string, Set<number>>;
	/** Every SDG link of the full dataset (stated and derived), with its evidence. */
	links: SdgLink[];
	/** How many doubtful names the dataset has (hidden unless shown). */
	doubtful: number;
}

const cache = new WeakMap<Dataset, SdgLink[]>();

/** Every stated and derived SDG link of a dataset, derived once per dataset object. */
export function sdgLinksOf(d: Dataset): SdgLink[] {
	let links = cache.get(d);
	if (!links) cache.set(d, (links = deriveAlignment(d)));
	return links;
}

/** The view's data for its state (by default: stated and derived links, no doubtful names). */
export function viewData(
	d: Dataset,
	s: { sdgLinks?: AlignmentMode; doubtful?: boolean }
): ViewData {
	const links = sdgLinksOf(d);
	const dataset = viewDataset(d, s.doubtful ?? false);
	return {
		dataset,
		aligned: alignedSdgs(links, dataset.nodes, s.sdgLinks ?? 'derived', sdgOfTargets(d)),
		links,
		doubtful: doubtfulCount(d)
	};
}
