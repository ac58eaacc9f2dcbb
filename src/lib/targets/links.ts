/** Links into the Targets page, for other views (the graph's panel links a target node here). */
import { resolve } from '$app/paths';
import type { Target } from '$lib/data/types';
import { DEFAULT_VIEW_STATE, writeViewState } from '$lib/state/viewState';
import { DEFAULT_FRAMEWORK } from './overview';

/** The Targets page with a target selected (and its framework, when not Connect 2030). */
export function targetsHref(t: Pick<Target, 'id' | 'framework'>): string {
	const fw = t.framework === DEFAULT_FRAMEWORK ? null : t.framework;
	return `${resolve('/targets/')}?${writeViewState({ ...DEFAULT_VIEW_STATE, sel: t.id, fw })}`;
}
