/**
 * Export of the timeline as a standalone SVG (rasterised to PNG by `$lib/export/files`): the drawn
 * SVG with its computed styles inlined (so theme colours survive), plus a title, the active
 * filters, a legend and a sources line, by the one exporter of `$lib/export/svg`. Browser-only.
 */
import { standaloneSvg as exportSvg } from '$lib/export/svg';

export interface ExportMeta {
	title: string;
	/** Lines describing the view: years in view, active filters. */
	lines: string[];
	legend: string[];
	sources: string;
}

/** The SVG text of `svg` with its styles inlined and the title, filters, legend and sources added. */
export function standaloneSvg(svg: SVGSVGElement, meta: ExportMeta): string {
	return exportSvg(svg, {
		title: meta.title,
		lines: meta.lines,
		legend: meta.legend,
		footer: [meta.sources]
	});
}
