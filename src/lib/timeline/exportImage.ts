/**
 * Export of the timeline as a standalone SVG (rasterised to PNG by `$lib/export/files`): the drawn
 * SVG with its computed styles inlined (so theme colours survive), plus a title, the active
 * filters, a legend and a sources line. Browser-only (reads computed styles).
 */

const PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'opacity',
	'font-size',
	'font-weight',
	'font-style',
	'font-family',
	'text-anchor',
	'visibility'
];

export interface ExportMeta {
	title: string;
	/** Lines describing the view: years in view, active filters. */
	lines: string[];
	legend: string[];
	sources: string;
}

const esc = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The SVG text of `svg` with its styles inlined and the title, filters, legend and sources added. */
export function standaloneSvg(svg: SVGSVGElement, meta: ExportMeta): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const src = [svg, ...svg.querySelectorAll('*')];
	const dst = [clone, ...clone.querySelectorAll('*')];
	src.forEach((el, i) => {
		const cs = getComputedStyle(el);
		const style = PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
		dst[i]!.setAttribute('style', style);
	});
	const root = getComputedStyle(document.documentElement);
	const bg = root.getPropertyValue('--bg').trim() || '#fff';
	const fg = root.getPropertyValue('--fg').trim() || '#000';
	const w = Number(svg.getAttribute('width')) || svg.clientWidth;
	const h = Number(svg.getAttribute('height')) || svg.clientHeight;
	const head = 30 + meta.lines.length * 18;
	const foot = 16 + Math.ceil(meta.legend.length / 3) * 18 + 22;
	const text = (x: number, y: number, s: string, size = 12, weight = 400) =>
		`<text x="${x}" y="${y}" font-family="system-ui, sans-serif" font-size="${size}" font-weight="${weight}" fill="${fg}">${esc(s)}</text>`;
	const lines = meta.lines.map((l, i) => text(8, 44 + i * 18, l));
	const legend = meta.legend.map((l, i) =>
		text(8 + (i % 3) * Math.floor(w / 3), head + h + 22 + Math.floor(i / 3) * 18, l, 11)
	);
	const sourcesY = head + h + foot - 8;
	clone.removeAttribute('aria-hidden');
	clone.setAttribute('x', '0');
	clone.setAttribute('y', String(head));
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${head + h + foot}" viewBox="0 0 ${w} ${head + h + foot}">`,
		`<rect width="100%" height="100%" fill="${bg}"/>`,
		text(8, 22, meta.title, 16, 700),
		...lines,
		new XMLSerializer().serializeToString(clone),
		...legend,
		text(8, sourcesY, meta.sources, 11),
		'</svg>'
	].join('\n');
}
