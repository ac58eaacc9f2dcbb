import type { Handle } from '@sveltejs/kit';
import { embeddedDataset } from '$lib/data/embedded.server';
import { shippedJson, type ShippedJson } from '$lib/data/pack';
import { provideShippedJson } from '$lib/data/shipped';
import { embeddedSnapshotHtml } from '$lib/graph/snapshot.server';

// While prerendering, the pages' loads read the dataset's JSON from here instead of fetching it.
let json: ShippedJson | undefined;
provideShippedJson(() => (json ??= shippedJson(embeddedDataset().dataset)));

/** The slot GraphView leaves for the graph's static snapshot (filled here, not in the page data). */
const SLOT = /(<div[^>]*\bdata-graph-snapshot[^>]*>)(<\/div>)/;

export const handle: Handle = ({ event, resolve }) => {
	if (event.route.id !== '/graph') return resolve(event);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace(SLOT, (_, open: string, close: string) => open + embeddedSnapshotHtml() + close)
	});
};
