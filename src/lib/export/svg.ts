/**
 * The one standalone-SVG exporter of the drawn views (the timeline, a target's chart): the drawn
 * SVG with its computed styles inlined (so theme colours survive), a title, lines under it (the
 * filters, the years), a legend in three columns and footer lines (sources, the data stamp and
 * the live link), on the theme's background. Browser-only (reads computed styles). The graph,
 * drawn on a canvas, builds its SVG from the model instead (`$lib/graph/exportSvg`).
 */
import { wrap } from './stamp';

const PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-opacity',
	'opacity',
	'font-size',
	'font-weight',
	'font-style',
	'font-family',
	'text-anchor',
	'visibility'
];

export interface SvgExport {
	title: string;
	/** Lines under the title (active filters, years). */
	lines?: string[];
	/** Legend entries, three to a row, under the drawing. */
	legend?: string[];
	/** Lines at the bottom, wrapped to the width (sources, caption). */
	footer?: string[];
}

const esc = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A copy of the drawn `svg` with each element's computed styles written into its `style`. */
export function styledClone(svg: SVGSVGElement): SVGSVGElement {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const src = [svg, ...svg.querySelectorAll('*')];
	const dst = [clone, ...clone.querySelectorAll('*')];
	src.forEach((el, i) => {
		const cs = getComputedStyle(el);
		const style = PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
		dst[i]!.setAttribute('style', style);
	});
	return clone;
}

/** The SVG text of `svg` with its styles inlined and the title, lines, legend and footer added. */
export function standaloneSvg(svg: SVGSVGElement, meta: SvgExport): string {
	const clone = styledClone(svg);
	const root = getComputedStyle(document.documentElement);
	const bg = root.getPropertyValue('--bg').trim() || '#fff';
	const fg = root.getPropertyValue('--fg').trim() || '#000';
	const w = Number(svg.getAttribute('width')) || svg.clientWidth;
	const h = Number(svg.getAttribute('height')) || svg.clientHeight;
	const lines = meta.lines ?? [];
	const legend = meta.legend ?? [];
	const footer = (meta.footer ?? []).flatMap((f) => wrap(f, Math.floor(w / 6.2)));
	const head = 30 + lines.length * 18;
	const legendH = legend.length ? 16 + Math.ceil(legend.length / 3) * 18 : 0;
	const foot = legendH + 10 + footer.length * 15;
	const total = head + h + foot;
	const text = (x: number, y: number, s: string, size = 12, weight = 400) =>
		`<text x="${x}" y="${y}" font-family="system-ui, sans-serif" font-size="${size}" font-weight="${weight}" fill="${fg}">${esc(s)}</text>`;
	clone.removeAttribute('aria-hidden');
	clone.setAttribute('x', '0');
	clone.setAttribute('y', String(head));
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${total}" viewBox="0 0 ${w} ${total}">`,
		`<rect width="100%" height="100%" fill="${bg}"/>`,
		text(8, 22, meta.title, 16, 700),
		...lines.map((l, i) => text(8, 44 + i * 18, l)),
		new XMLSerializer().serializeToString(clone),
		...legend.map((l, i) =>
			text(8 + (i % 3) * Math.floor(w / 3), head + h + 22 + Math.floor(i / 3) * 18, l, 11)
		),
		...footer.map((l, i) => text(8, head + h + legendH + 20 + i * 15, l, 11)),
		'</svg>'
	].join('\n');
}
