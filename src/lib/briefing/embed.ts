/**
 * Embeds: `/embed/<view>/` shows a view without the site's header and navigation, for an
 * `<iframe>` on another page. The code to paste, the full view an embed links back to, and the data
 * version an embed may be pinned to (`#data=<version>` after the query: a static host serves only
 * the latest data, so a pinned embed says so when the data has moved on). Pure.
 */
import type { ViewPath } from '$lib/views/contract';

/** The embed route of a view's path: `/targets/` → `/embed/targets/`, `/` → `/embed/home/`. */
export const embedPath = (path: ViewPath, id: string) =>
	`/embed/${path === '/' ? 'home' : id}/` as const;

/** The id of the view an embed route shows (`/embed/targets` → `targets`), or null. */
export function embeddedView(routeId: string | null): string | null {
	const m = routeId ? /^\/embed\/([^/]+)/.exec(routeId) : null;
	return m ? m[1]! : null;
}

/** The data version an embed's address pins (`#data=3f2a1c9d`), or null. */
export function pinnedVersion(hash: string): string | null {
	const m = /(?:^#|&)data=([0-9a-f]{8})(?:&|$)/.exec(hash);
	return m ? m[1]! : null;
}

export interface EmbedCode {
	/** The embed's full address. */
	src: string;
	/** Its title, for the frame's accessible name. */
	title: string;
	/** Pin the data version the author saw. */
	pin?: string;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `<iframe>` to paste into a page: full width, 480 px high, lazily loaded, titled. */
export function embedCode({ src, title, pin }: EmbedCode): string {
	const url = pin ? `${src}#data=${pin}` : src;
	return `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="480" loading="lazy"></iframe>`;
}
