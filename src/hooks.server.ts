import type { Handle } from '@sveltejs/kit';
import { embeddedSnapshotHtml } from '$lib/graph/snapshot.server';

/** The slot GraphView leaves for the graph's static snapshot (filled here, not in the page data). */
const SLOT = /(<div[^>]*\bdata-graph-snapshot[^>]*>)(<\/div>)/;

export const handle: Handle = ({ event, resolve }) => {
	if (event.route.id !== '/graph') return resolve(event);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace(SLOT, (_, open: string, close: string) => open + embeddedSnapshotHtml() + close)
	});
};
