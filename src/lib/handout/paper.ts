/**
 * The light ("paper") colours every handout figure is drawn in, whatever the screen's theme: a
 * printout is dark ink on white. The values are the light theme's tokens in src/app.css;
 * src/lib/components/handout/paper-print.css sets the same for printed text (a unit test keeps
 * all three equal).
 */
import type { Palette } from '$lib/graph/themeColours.svelte';

/**
 * The printable width of a page (A4 or Letter less the margins, about 180 mm) in CSS pixels: a
 * figure laid out this wide prints at its own size, so its type prints at its size.
 */
export const PAPER_WIDTH = 680;
/** The smallest type of a printed figure, in CSS pixels at PAPER_WIDTH: 11 px is 8.25 pt. */
export const PAPER_MIN_FONT = 11;

/** Light theme tokens by CSS custom property name. */
export const PAPER_TOKENS = {
	'--bg': '#ffffff',
	'--bg-soft': '#f3f5f8',
	'--bg-raised': '#ffffff',
	'--fg': '#16202b',
	'--fg-muted': '#4a5868',
	'--border': '#c5ced8',
	'--accent': '#0b5cad',
	'--link': '#0b5cad',
	'--focus': '#c2410c',
	'--ok': '#1c6b37',
	'--warn': '#8a5300',
	'--bad': '#b42318',
	'--info': '#30568f',
	'--sector-itu-r': '#0f7b8a',
	'--sector-itu-t': '#7b3fb5',
	'--sector-itu-d': '#c2410c',
	'--sector-gs': '#3d5a80',
	'--sector-itu': '#0b5cad',
	'--sector-none': '#6b7785'
} as const;

/** The tokens as an inline style: set on a figure, its CSS variables resolve to paper colours. */
export const PAPER_STYLE = Object.entries(PAPER_TOKENS)
	.map(([k, v]) => `${k}:${v}`)
	.join(';');

/** The graph's palette on paper. */
export const PAPER_PALETTE: Palette = {
	bg: PAPER_TOKENS['--bg'],
	fg: PAPER_TOKENS['--fg'],
	muted: PAPER_TOKENS['--fg-muted'],
	border: PAPER_TOKENS['--border'],
	focus: PAPER_TOKENS['--focus'],
	accent: PAPER_TOKENS['--accent'],
	sector: {
		'ITU-R': PAPER_TOKENS['--sector-itu-r'],
		'ITU-T': PAPER_TOKENS['--sector-itu-t'],
		'ITU-D': PAPER_TOKENS['--sector-itu-d'],
		GS: PAPER_TOKENS['--sector-gs'],
		ITU: PAPER_TOKENS['--sector-itu'],
		none: PAPER_TOKENS['--sector-none']
	}
};
