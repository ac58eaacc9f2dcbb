/**
 * A handout page's parts that depend on the view: the figure each view draws (as data: the
 * components of `components/handout` draw it), the query a handout keeps, and the filter phrases.
 */
import type { GraphFigure } from '$lib/handout/graphFigure';
import type { TargetChartInput } from '$lib/handout/targetChart';
import type { TargetSummary } from '$lib/handout/targetSummary';
import type { TimelineFigure } from '$lib/handout/timelineFigure';
import { parseViewState, writeViewState } from './state';

export type HandoutFigureSpec =
	| { kind: 'graph'; figure: GraphFigure; caption: string }
	| { kind: 'unavailable'; message: string }
	| { kind: 'chart'; chart: TargetChartInput; caption: string }
	| { kind: 'summary'; summary: TargetSummary; caption: string }
	| { kind: 'timeline'; figure: TimelineFigure; caption: string };

/** A view's query for its handout: the view state only, without presenting or projector mode. */
export function handoutQuery(params: URLSearchParams): string {
	const { state } = parseViewState(params);
	return writeViewState({ ...state, present: null, proj: false });
}
