/**
 * The view state every page keeps in its URL: the shared state (filters, years, projector,
 * presenting: `shared.ts`) and the parameters of every view (`<view>/url.ts`). Pure:
 * `parseViewState` never throws (a bad or unknown parameter is dropped with a notice) and
 * `writeViewState` omits defaults, so links stay short.
 *
 * Format (version 1), e.g. `?v=1&sdg=9,13&sector=itu-d&sel=itu-d&depth=2&zoom=1.5,120,-40`:
 * lists are comma-separated, values lower-case slugs, parameters written in a fixed order. Any
 * view's parameter is read on any page, so a link keeps what another view wrote.
 * Relative imports only (see `url.ts`).
 */
import { SHARED_DEFAULTS, SHARED_PARAMS, SHARED_KEYS, type SharedState } from './shared';
import { joinSpecs, parseParams, writeParams, type ParamSet, type ParamSpec } from './url';
import { VIEW_URLS } from './urls';

export type { Zoom } from './graph/url';
export type { SharedState } from './shared';

export const VIEW_STATE_VERSION = 1;

/** The parameters of a view's URL contract. */
type ParamsOf<V> = V extends { params: ParamSet<infer P> } ? P : never;
/** `A | B` → `A & B`. */
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
	? I
	: never;

/** Every view's own parameters (from the registry, `urls.ts`). */
export type ViewParams = Intersection<ParamsOf<(typeof VIEW_URLS)[number]>>;

/** The shared state and every view's parameters. */
export type ViewState = SharedState & ViewParams;

export const DEFAULT_VIEW_STATE: ViewState = Object.assign(
	{},
	SHARED_DEFAULTS,
	...VIEW_URLS.map((v) => v.params.defaults)
) as ViewState;

const SPECS = joinSpecs<ViewState>([
	SHARED_PARAMS,
	...VIEW_URLS.map((v) => v.params.specs as readonly ParamSpec<ViewState>[])
]);

/** Reads a view state from URL parameters; anything unreadable is ignored and explained in `notices`. */
export function parseViewState(params: URLSearchParams): { state: ViewState; notices: string[] } {
	return parseParams(SPECS, DEFAULT_VIEW_STATE, VIEW_STATE_VERSION, params);
}

/**
 * The query string (without `?`) for a state: defaults omitted, lists sorted, a fixed parameter order,
 * and `v=1` first. Returns "" for the default state.
 */
export function writeViewState(s: ViewState): string {
	return writeParams(SPECS, VIEW_STATE_VERSION, s);
}

/** The shared part of a state: what travels with every navigation link. */
export function sharedOf(s: SharedState): SharedState {
	return Object.fromEntries(SHARED_KEYS.map((k) => [k, s[k]])) as unknown as SharedState;
}
