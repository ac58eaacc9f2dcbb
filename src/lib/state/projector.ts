/** Pure helpers for projector mode (`proj=1`): links that keep it, and the query that toggles it. */

/** `href` with `proj=1` added when `on` (an existing query is kept). */
export function withProjector(href: string, on: boolean): string {
	if (!on) return href;
	return `${href}${href.includes('?') ? '&' : '?'}proj=1`;
}

/** The query string (with `?`, or "" for none) of `params` with projector mode set to `on`. */
export function projectorQuery(params: URLSearchParams, on: boolean): string {
	const next = new URLSearchParams(params);
	if (on) next.set('proj', '1');
	else next.delete('proj');
	// Commas and colons stay readable, as the view state writes them (`sdg=9,13`, `present=deck:2`).
	const qs = next.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
	return qs ? `?${qs}` : '';
}
