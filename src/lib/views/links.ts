/**
 * Links from one view into another (the graph's panel links a target node to the Targets page; the
 * targets view links a target to the graph). Every link keeps the shared state: the filters, the
 * year range, projector mode and the briefing being presented.
 */
import { resolve } from '$app/paths';
import { localizeHref } from '$lib/i18n';
import type { Target } from '$lib/data/types';
import { DEFAULT_FRAMEWORK } from '$lib/targets/defaults';
import { SHARED_DEFAULTS, SHARED_KEYS, type SharedState } from './shared';
import { DEFAULT_VIEW_STATE, writeViewState } from './state';

/** What a link to another view keeps of the current state: the shared state. */
export type Kept = Partial<SharedState>;

const kept = (k: Kept): SharedState =>
	Object.fromEntries(
		SHARED_KEYS.map((key) => [key, k[key] ?? SHARED_DEFAULTS[key]])
	) as unknown as SharedState;

/** The query (with `?`, or "") that opens a view with only the shared state of `k`. */
export function sharedQuery(k: Kept): string {
	const qs = writeViewState({ ...DEFAULT_VIEW_STATE, ...kept(k) });
	return qs ? `?${qs}` : '';
}

/** The Targets page with a target selected (and its framework, when not Connect 2030). */
export function targetsHref(t: Pick<Target, 'id' | 'framework'>, keep: Kept = {}): string {
	const fw = t.framework === DEFAULT_FRAMEWORK ? null : t.framework;
	const state = { ...DEFAULT_VIEW_STATE, ...kept(keep), sel: t.id, fw };
	return `${localizeHref(resolve('/targets/'))}?${writeViewState(state)}`;
}

/** The graph focused on a node (selected, focus depth 2). */
export function graphFocusHref(id: string, keep: Kept = {}): string {
	const state = { ...DEFAULT_VIEW_STATE, ...kept(keep), sel: id, depth: 2 as const };
	return `${localizeHref(resolve('/graph/'))}?${writeViewState(state)}`;
}
