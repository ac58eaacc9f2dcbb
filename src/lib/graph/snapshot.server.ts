/**
 * The embedded dataset's build-time layout and its static SVG snapshot, computed once per build.
 * The snapshot goes into the prerendered HTML only (hooks.server.ts), never into the page data.
 */
import { viewDataset } from '$lib/data/doubtful';
import { embeddedDataset } from '$lib/data/embedded.server';
import type { Dataset } from '$lib/data/types';

/** The embedded dataset as the graph opens: without the names flagged doubtful. */
const opening = (): Dataset => viewDataset(embeddedDataset().dataset, false);
import { prebuildLayout, snapshotOf, snapshotSvg, type PrebuiltLayout } from './prebuilt';

let layout: PrebuiltLayout | null = null;
let svg: string | null = null;

export function embeddedLayout(): PrebuiltLayout {
	const dataset = opening();
	return (layout ??= prebuildLayout(dataset.nodes, dataset.links));
}

/** The snapshot's markup, followed by a script that hides it on a view other than the default one
 * (any URL parameter) and otherwise marks its paint for the benchmark. */
export function embeddedSnapshotHtml(): string {
	if (svg !== null) return svg;
	const dataset = opening();
	const sdgColours = new Map(dataset.sdgs.map((s) => [s.number, s.colour]));
	const markup = snapshotSvg(
		snapshotOf(embeddedLayout(), dataset.nodes, dataset.links, sdgColours)
	);
	const n = dataset.nodes.length;
	const script =
		`<script>(()=>{const s=document.currentScript.parentElement;` +
		`if(location.search.length>1){s.style.display='none';return}` +
		`requestAnimationFrame(()=>setTimeout(()=>performance.mark('graph:snapshot-paint:${n}')))})()</script>`;
	return (svg = markup + script);
}
