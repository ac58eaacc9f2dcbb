/**
 * Whether a navigation cross-fades (a view transition): only between two steps of a briefing being
 * presented that are on different views, and never under reduced motion. Moves within one view
 * animate the view itself (graph camera and positions, the timeline's window). Pure.
 */
export function crossFades(
	from: { url: URL; route: string | null } | null,
	to: { url: URL; route: string | null } | null,
	reducedMotion: boolean
): boolean {
	if (reducedMotion || !from || !to) return false;
	const presenting = (u: URL) => u.searchParams.has('present');
	return presenting(from.url) && presenting(to.url) && from.route !== to.route;
}
