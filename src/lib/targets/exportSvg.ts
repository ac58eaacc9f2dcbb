/**
 * Export of a chart as a standalone SVG or PNG: the chart with its colours resolved from the theme,
 * a title, and footer lines (legend, status rule, sources). Browser-only (reads computed styles).
 */
import { wrap } from '$lib/export/stamp';

const PROPS = [
	'fill',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-linecap',
	'opacity',
	'font-size',
	'font-weight',
	'font-family'
] as const;

const NS = 'http://www.w3.org/2000/svg';

/** A standalone SVG document of `svg` with a title above and `footer` lines below. */
export function standaloneSvg(svg: SVGSVGElement, title: string, footer: string[]): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const src = [svg, ...svg.querySelectorAll('*')];
	const dst = [clone, ...clone.querySelectorAll('*')];
	src.forEach((el, i) => {
		const cs = getComputedStyle(el);
		const style = PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
		dst[i]!.setAttribute('style', style);
	});
	const w = Number(svg.getAttribute('width')) || svg.clientWidth;
	const h = Number(svg.getAttribute('height')) || svg.clientHeight;
	const lines = footer.flatMap((f) => wrap(f, Math.floor(w / 6.2)));
	const top = 30;
	const total = top + h + 10 + lines.length * 15;
	const root = getComputedStyle(document.documentElement);
	const bg = root.getPropertyValue('--bg').trim() || '#fff';
	const fg = root.getPropertyValue('--fg').trim() || '#000';
	const out = document.createElementNS(NS, 'svg');
	out.setAttribute('xmlns', NS);
	out.setAttribute('width', String(w));
	out.setAttribute('height', String(total));
	out.setAttribute('viewBox', `0 0 ${w} ${total}`);
	out.setAttribute('font-family', 'sans-serif');
	const add = (tag: string, attrs: Record<string, string>, text?: string) => {
		const el = document.createElementNS(NS, tag);
		for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
		if (text) el.textContent = text;
		out.appendChild(el);
	};
	add('rect', { width: '100%', height: '100%', fill: bg });
	add('text', { x: '8', y: '20', fill: fg, 'font-size': '15', 'font-weight': '700' }, title);
	clone.setAttribute('x', '0');
	clone.setAttribute('y', String(top));
	clone.removeAttribute('aria-hidden');
	out.appendChild(clone);
	lines.forEach((l, i) =>
		add('text', { x: '8', y: String(top + h + 20 + i * 15), fill: fg, 'font-size': '11' }, l)
	);
	return new XMLSerializer().serializeToString(out);
}
