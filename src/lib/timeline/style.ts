/**
 * Type and line sizes of the drawn timeline: normal, or for projector mode (`proj=1`), larger and
 * thicker so it reads from the back of a room. Label widths in the layout follow the type size,
 * so labels still never overlap.
 */

export interface TimelineStyle {
	/** Label type size in pixels, and the average width of one of its characters. */
	labelPx: number;
	charWidth: number;
	/** Width of marks' and bars' strokes. */
	stroke: number;
}

const NORMAL: TimelineStyle = { labelPx: 12, charWidth: 6.8, stroke: 1.5 };
const PROJECTOR: TimelineStyle = { labelPx: 15, charWidth: 8.5, stroke: 2.5 };

/** The timeline's style for normal or projector mode. */
export function timelineStyle(projector: boolean): TimelineStyle {
	return projector ? PROJECTOR : NORMAL;
}
