/**
 * Line widths, sizes and type of the drawn graph: normal, or for projector mode (`data-projector`
 * on <html>), legible from the back of a room: thicker links and outlines, larger labels, bigger
 * smallest nodes and a wider focus ring. Widths are in screen pixels, whatever the zoom.
 */

export interface DrawStyle {
	/** Link width, and the width of links in focus (focus mode, hover). */
	link: number;
	linkBright: number;
	/** Opacity of ordinary links: fainter the more links are drawn, within these bounds. */
	linkAlpha: { min: number; max: number };
	/** Opacity of links out of focus. */
	linkDim: number;
	/** Outline around filled nodes, and the stroke of ring-shaped (partner) nodes. */
	outline: number;
	ringShape: number;
	/** Smallest radius of a node on screen. */
	minRadius: number;
	/** Rings: hover, selection and keyboard focus (width; the focus ring's gap from the node). */
	hoverRing: number;
	selectedRing: number;
	focusRing: number;
	focusGap: number;
	/** Label type size and line height. */
	labelPx: number;
	labelLine: number;
	/** Region names' type size; regions' fill and outline opacity. */
	regionPx: number;
	regionFill: number;
	regionLine: number;
}

const NORMAL: DrawStyle = {
	link: 1,
	linkBright: 1.6,
	linkAlpha: { min: 0.1, max: 0.5 },
	linkDim: 0.08,
	outline: 1.2,
	ringShape: 2,
	minRadius: 2.5,
	hoverRing: 1.5,
	selectedRing: 3,
	focusRing: 3,
	focusGap: 7,
	labelPx: 12,
	labelLine: 16,
	regionPx: 14,
	regionFill: 0.07,
	regionLine: 0.35
};

const PROJECTOR: DrawStyle = {
	link: 2,
	linkBright: 3,
	linkAlpha: { min: 0.3, max: 0.7 },
	linkDim: 0.15,
	outline: 2,
	ringShape: 3,
	minRadius: 4,
	hoverRing: 2.5,
	selectedRing: 4.5,
	focusRing: 5,
	focusGap: 9,
	labelPx: 18,
	labelLine: 24,
	regionPx: 21,
	regionFill: 0.1,
	regionLine: 0.5
};

/** The drawing style for normal or projector mode. */
export function drawStyle(projector: boolean): DrawStyle {
	return projector ? PROJECTOR : NORMAL;
}

/** The canvas font of labels at a size (bold for emphasis). */
export function labelFont(px: number, bold = false): string {
	return `${bold ? '700 ' : ''}${px}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
}
