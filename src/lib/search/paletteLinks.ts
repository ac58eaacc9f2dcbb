/**
 * Where a palette item leads, as a link that keeps the shared state (the filters, the year range,
 * projector mode, the briefing presented), built with the views' link builders.
 */
import { resolve } from '$app/paths';
import type { Sector } from '$lib/data/types';
import { stepQuery, viewPath } from '$lib/briefing/deck';
import { withProjector } from '$lib/state/projector';
import { graphFocusHref, targetsHref } from '$lib/views/links';
import type { SharedState } from '$lib/views/shared';
import { DEFAULT_VIEW_STATE, writeViewState } from '$lib/views/state';
import type { PaletteGo } from './palette';

/** The link of `go`, keeping `shared`. */
export function paletteHref(go: PaletteGo, shared: SharedState): string {
	switch (go.to) {
		case 'target':
			return targetsHref({ id: go.id, framework: go.framework }, shared);
		case 'graph':
			return graphFocusHref(go.id, shared);
		case 'deck':
			return withProjector(
				`${resolve('/present/')}?deck=${encodeURIComponent(go.deck)}`,
				shared.proj
			);
		case 'present':
			return `${resolve(viewPath(go.step.view))}${stepQuery(go.step, shared.proj)}`;
		case 'view': {
			// "Show ITU-T in the timeline" shows that Sector only.
			const sector = go.sector ? [go.sector as Sector] : shared.sector;
			const qs = writeViewState({
				...DEFAULT_VIEW_STATE,
				...shared,
				sector,
				...(go.sel ? { sel: go.sel } : {})
			});
			return `${resolve(viewPath(go.view))}${qs ? `?${qs}` : ''}`;
		}
	}
}
