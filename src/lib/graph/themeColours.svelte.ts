/**
 * Canvas colours read from the theme's CSS custom properties. The page calls `refresh()` when the
 * theme or projector mode changes (state it reads from the theme and the view store, never back
 * from the DOM); "System" follows `prefers-color-scheme`, which `watch()` listens to.
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

	/** Reads the palette again (after the theme or projector mode changed). */
	refresh() {
		this.palette = readPalette(document.documentElement);
	}

	watch(): () => void {
		const refresh = () => this.refresh();
		refresh();
		const media = matchMedia('(prefers-color-scheme: dark)');
		media.addEventListener('change', refresh);
		return () => media.removeEventListener('change', refresh);
	}
}
