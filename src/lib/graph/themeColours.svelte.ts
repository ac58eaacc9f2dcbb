/**
 * Canvas colours read from the theme's CSS custom properties, refreshed when the theme changes
 * (the theme picker sets `data-theme` on <html>; "System" follows `prefers-color-scheme`).
 */
import { SECTOR_VARS } from './style';

export interface Palette {
	bg: string;
	fg: string;
	muted: string;
	border: string;
	focus: string;
	accent: string;
	sector: Record<string, string>;
	/** Projector mode (`data-projector` on <html>): thicker lines, larger type (see drawStyle). */
	projector?: boolean;
}

/** Reads the palette from an element's computed style. */
export function readPalette(el: Element): Palette {
	const css = getComputedStyle(el);
	const v = (name: string) => css.getPropertyValue(name).trim() || '#808080';
	return {
		bg: v('--bg'),
		fg: v('--fg'),
		muted: v('--fg-muted'),
		border: v('--border'),
		focus: v('--focus'),
		accent: v('--accent'),
		sector: Object.fromEntries(Object.entries(SECTOR_VARS).map(([k, name]) => [k, v(name)])),
		projector: el.closest('[data-projector]') !== null
	};
}

/** The current palette as reactive state; `watch()` returns the cleanup for an `$effect`. */
export class ThemeColours {
	palette = $state.raw<Palette | null>(null);

	watch(): () => void {
		const root = document.documentElement;
		const refresh = () => (this.palette = readPalette(root));
		refresh();
		const observer = new MutationObserver(refresh);
		observer.observe(root, {
			attributes: true,
			attributeFilter: ['data-theme', 'data-projector', 'class', 'style']
		});
		const media = matchMedia('(prefers-color-scheme: dark)');
		media.addEventListener('change', refresh);
		return () => {
			observer.disconnect();
			media.removeEventListener('change', refresh);
		};
	}
}
