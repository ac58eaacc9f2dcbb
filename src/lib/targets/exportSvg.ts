/**
 * Export of a chart as a standalone SVG or PNG: the chart with its colours resolved from the theme,
 * a title, and footer lines (legend, status rule, sources), by the one exporter of `$lib/export/svg`.
 * Browser-only (reads computed styles).
 */
import { standaloneSvg as exportSvg } from '$lib/export/svg';

/** A standalone SVG document of `svg` with a title above and `footer` lines below. */
export function standaloneSvg(svg: SVGSVGElement, title: string, footer: string[]): string {
	return exportSvg(svg, { title, footer });
}
