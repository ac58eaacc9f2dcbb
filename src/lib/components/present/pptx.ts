/**
 * A deck as a PowerPoint file (16:9), written in the browser with pptxgenjs (loaded on demand, so
 * no other page carries it): a title slide, then one slide per step with its title, the view's
 * figure as SVG (PowerPoint draws it as a vector; pptxgenjs adds a PNG fallback for older
 * programs), what the view shows, the active filters, the sources, the data stamp, the live link
 * as a hyperlink and its QR code, and the step's notes as speaker notes. Projector palette and
 * type sizes: black and dark blue on white, nothing under 14 pt but the footer lines. Browser-only.
 */
import type { DeckSlides, StepSlide } from '$lib/briefing/slides';
import { qrPicture } from '$lib/handout/qr';

/** A step's figure as standalone SVG text and its size in pixels. */
export interface SlideFigure {
	svg: string;
	width: number;
	height: number;
}

/** The projector tokens of src/app.css (light), as pptxgenjs wants colours: hex without `#`. */
const INK = '000000';
const MUTED = '26313D';
const LINK = '003F80';
const FONT = 'Arial';
/** LAYOUT_WIDE: 13.333 × 7.5 inches. */
const W = 13.333;
const H = 7.5;
const M = 0.5;

/** `data:` base64 of UTF-8 text (btoa takes Latin-1 only). */
function base64(text: string): string {
	let bin = '';
	for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
	return btoa(bin);
}
const svgData = (svg: string) => `data:image/svg+xml;base64,${base64(svg)}`;

function qrSvg(text: string): string {
	const qr = qrPicture(text);
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${qr.size} ${qr.size}" width="${qr.size * 8}" height="${qr.size * 8}" shape-rendering="crispEdges"><rect width="${qr.size}" height="${qr.size}" fill="#ffffff"/><path d="${qr.d}" fill="#000000"/></svg>`;
}

/** The largest box of `fig`'s aspect ratio inside `w` × `h`, centred there. */
export function fitBox(
	fig: { width: number; height: number },
	x: number,
	y: number,
	w: number,
	h: number
) {
	const scale = Math.min(w / fig.width, h / fig.height);
	const fw = fig.width * scale;
	const fh = fig.height * scale;
	return { x: x + (w - fw) / 2, y: y + (h - fh) / 2, w: fw, h: fh };
}

type Pptx = InstanceType<typeof import('pptxgenjs').default>;
type Slide = ReturnType<Pptx['addSlide']>;

function footer(slide: Slide, lines: { text: string; link?: string }[]) {
	slide.addText(
		lines.map((l, i) => ({
			text: l.text,
			options: {
				breakLine: i < lines.length - 1,
				...(l.link ? { hyperlink: { url: l.link }, color: LINK } : {})
			}
		})),
		{
			x: M,
			y: H - 1.05,
			w: W - 2 * M - 1.4,
			h: 0.9,
			fontFace: FONT,
			fontSize: 11,
			color: MUTED,
			valign: 'bottom'
		}
	);
}

function stepSlide(pptx: Pptx, s: StepSlide, n: number, count: number, fig: SlideFigure | null) {
	const slide = pptx.addSlide();
	slide.addText(s.title, {
		x: M,
		y: 0.3,
		w: W - 2 * M,
		h: 0.8,
		fontFace: FONT,
		fontSize: 30,
		bold: true,
		color: INK,
		fit: 'shrink'
	});
	const side = 4.3;
	const figW = W - 2 * M - side - 0.3;
	const top = 1.25;
	const figH = H - top - 1.3;
	if (fig)
		slide.addImage({
			data: svgData(fig.svg),
			...fitBox(fig, M, top, figW, figH),
			altText: s.description
		});
	else
		slide.addText('This view has no figure: open the live view.', {
			x: M,
			y: top,
			w: figW,
			h: figH,
			fontFace: FONT,
			fontSize: 18,
			color: MUTED,
			align: 'center'
		});
	const text = [
		{ text: s.description, options: { italic: true, breakLine: true, paraSpaceAfter: 8 } },
		...s.filters.map((f) => ({ text: f, options: { bullet: true, breakLine: true } }))
	];
	slide.addText(text, {
		x: W - M - side,
		y: top,
		w: side,
		h: figH - 1.7,
		fontFace: FONT,
		fontSize: 16,
		color: INK,
		valign: 'top',
		fit: 'shrink'
	});
	// No hyperlink on the picture: pptxgenjs writes an image's link unescaped (an `&` breaks the
	// file); the link beside it is one.
	slide.addImage({
		data: svgData(qrSvg(s.link)),
		x: W - M - 1.5,
		y: top + figH - 1.5,
		w: 1.5,
		h: 1.5,
		altText: 'QR code of the live view link'
	});
	footer(slide, [
		{ text: s.sources },
		{ text: `${s.stamp} · step ${n} of ${count}` },
		{ text: s.link, link: s.link }
	]);
	if (s.notes) slide.addNotes(s.notes);
}

/**
 * The `.pptx` of `deck`; `figure(i)` draws step `i`'s figure (null: none), `progress(done, total)`
 * is told after each.
 */
export async function deckPptx(
	deck: DeckSlides,
	figure: (i: number) => Promise<SlideFigure | null>,
	progress: (done: number, total: number) => void = () => {}
): Promise<Blob> {
	const { default: PptxGenJS } = await import('pptxgenjs');
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = deck.title;
	pptx.company = 'ITU Atlas';
	const first = pptx.addSlide();
	first.addText(deck.title, {
		x: M,
		y: 2.1,
		w: W - 2 * M,
		h: 1.4,
		fontFace: FONT,
		fontSize: 44,
		bold: true,
		color: INK,
		align: 'center'
	});
	first.addText(deck.subtitle, {
		x: M,
		y: 3.5,
		w: W - 2 * M,
		h: 0.7,
		fontFace: FONT,
		fontSize: 22,
		color: MUTED,
		align: 'center'
	});
	footer(first, [{ text: deck.stamp }, { text: deck.link, link: deck.link }]);
	first.addNotes(`${deck.title}. ${deck.subtitle}. The live deck: ${deck.link}`);
	const total = deck.steps.length;
	for (let i = 0; i < total; i++) {
		stepSlide(pptx, deck.steps[i]!, i + 1, total, await figure(i));
		progress(i + 1, total);
	}
	return (await pptx.write({ outputType: 'blob', compression: true })) as Blob;
}
