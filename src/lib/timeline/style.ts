/**
 * Type and line sizes of the drawn timeline: normal, or for projector mode (`proj=1`), larger and
 * thicker so it reads from the back of a room. Label widths in the layout follow the type size,
 * so labels still never overlap.
 */

export interface TimelineStyle {
	/** Label type size in pixels, and the average width of one of its characters. */
	labelPx: number;
	charWidth: number;
	/** Type size of a lane's subtitle (its cadence) in pixels, and the width of one character. */
	subPx: number;
	subCharWidth: number;
	/** Width of marks' and bars' strokes. */
	stroke: number;
}

const NORMAL: TimelineStyle = {
	labelPx: 12,
	charWidth: 6.8,
	subPx: 11,
	subCharWidth: 6,
	stroke: 1.5
};
// Projector mode: no text under 18 CSS px (legible at 1920×1080 from the back of a room).
const PROJECTOR: TimelineStyle = {
	labelPx: 18,
	charWidth: 10.2,
	subPx: 18,
	subCharWidth: 9.8,
	stroke: 2.5
};

/** The timeline's style for normal or projector mode. */
export function timelineStyle(projector: boolean): TimelineStyle {
	return projector ? PROJECTOR : NORMAL;
}
