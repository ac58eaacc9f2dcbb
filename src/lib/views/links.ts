/** Links into the Targets page, for other views (the graph's panel links a target node here). */
import { resolve } from '$app/paths';
import type { Target } from '$lib/data/types';
import { DEFAULT_VIEW_STATE, writeViewState, type ViewState } from './state';
import { DEFAULT_FRAMEWORK } from '$lib/targets/overview';

/** What a link to another view keeps of the current state: projector mode and the briefing. */
export type Kept = Partial<Pick<ViewState, 'proj' | 'present'>>;

const kept = (k: Kept) => ({ proj: k.proj ?? false, present: k.present ?? null });

/** The Targets page with a target selected (and its framework, when not Connect 2030). */
export function targetsHref(t: Pick<Target, 'id' | 'framework'>, keep: Kept = {}): string {
	const fw = t.framework === DEFAULT_FRAMEWORK ? null : t.framework;
	const state = { ...DEFAULT_VIEW_STATE, sel: t.id, fw, ...kept(keep) };
	return `${resolve('/targets/')}?${writeViewState(state)}`;
}

/** The graph focused on a node (selected, focus depth 2). */
export function graphFocusHref(id: string, keep: Kept = {}): string {
	const state = { ...DEFAULT_VIEW_STATE, sel: id, depth: 2 as const, ...kept(keep) };
	return `${resolve('/graph/')}?${writeViewState(state)}`;
}
