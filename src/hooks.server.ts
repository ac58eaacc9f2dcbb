import type { Handle } from '@sveltejs/kit';
import { preloadFiles } from 'virtual:atlas-dataset';
import { embeddedDataset } from '$lib/data/embedded.server';
import { shippedJson, type ShippedJson } from '$lib/data/pack';
import { provideShippedJson } from '$lib/data/shipped';
import { embeddedSnapshotHtml } from '$lib/graph/snapshot.server';
import { appRoot, localeOfPath } from '$lib/i18n/strategy';
import { textDirection } from '$lib/i18n/locales';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { loadAllMessages } from '$lib/i18n/messages';
import type { ServerInit } from '@sveltejs/kit';

/** The prerenderer renders every language: all the catalogues, once. */
export const init: ServerInit = async () => {
	await loadAllMessages();
};

// While prerendering, the pages' loads read the dataset's JSON from here instead of fetching it.
let json: ShippedJson | undefined;
provideShippedJson(() => (json ??= shippedJson(embeddedDataset().dataset)));

/** The slot GraphView leaves for the graph's static snapshot (filled here, not in the page data). */
const SLOT = /(<div[^>]*\bdata-graph-snapshot[^>]*>)(<\/div>)/;

/** The pages whose loads fetch the observations too (the handouts: only the targets one). */
const WITH_OBSERVATIONS = new Set(['/targets', '/data', '/present', '/handout/[view]:targets']);

/**
 * Preload links for the dataset's assets, so the browser fetches them while it loads the scripts
 * rather than after they have run. Relative to the page (`paths.relative`): each segment of the
 * page's path (the locale's too: `/fr/graph/`) is one folder of the static build.
 */
function preloads(routeId: string, pathname: string, view: string | undefined): string {
	if (!preloadFiles) return '';
	const up =
		'../'.repeat(pathname.slice(appRoot().length).split('/').filter(Boolean).length) || './';
	const files = [preloadFiles.tables];
	if (WITH_OBSERVATIONS.has(routeId) || WITH_OBSERVATIONS.has(`${routeId}:${view}`))
		files.push(preloadFiles.observations);
	return files
		.map((f) => `<link rel="preload" href="${up}${f}" as="fetch" crossorigin="anonymous">`)
		.join('');
}

/** `lang` and `dir` of `<html>` (the `%lang%` and `%dir%` of app.html) for the page's locale. */
const withLocale = (html: string, pathname: string) => {
	const locale = localeOfPath(pathname);
	return html.replace('%lang%', locale).replace('%dir%', textDirection(locale));
};

// The locale of each page is the one in its path (`/ar/…`), for every message rendered in it
// (Paraglide keeps it per request, so pages rendered at the same time do not mix languages).
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, () => handlePage({ event, resolve }));

const handlePage: Handle = ({ event, resolve }) => {
	const routeId = event.route.id;
	const pathname = event.url.pathname;
	if (routeId === null || routeId.endsWith('.csv'))
		return resolve(event, { transformPageChunk: ({ html }) => withLocale(html, pathname) });
	const links = preloads(routeId, pathname, event.params.view);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = withLocale(html, pathname).replace('</head>', `${links}</head>`);
			if (routeId !== '/graph') return page;
			return page.replace(
				SLOT,
				(_, open: string, close: string) => open + embeddedSnapshotHtml() + close
			);
		}
	});
};
