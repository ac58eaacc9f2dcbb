import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAPER_PALETTE, PAPER_STYLE, PAPER_TOKENS } from '../../../src/lib/handout/paper';

const css = readFileSync(join(__dirname, '../../../src/app.css'), 'utf8');
/** The first `:root { … }` block of app.css: the light theme. */
const light = /:root\s*\{([^}]*)\}/.exec(css)![1]!;

describe('the paper palette', () => {
	it.each(Object.entries(PAPER_TOKENS))('%s is the light theme value %s', (name, value) => {
		const m = new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(light);
		expect(m?.[1]?.toLowerCase()).toBe(value);
	});
	it('sets every token inline and gives the graph its light colours', () => {
		expect(PAPER_STYLE).toContain('--bg:#ffffff');
		expect(PAPER_STYLE).toContain('--sector-itu-d:#c2410c');
		expect(PAPER_PALETTE.bg).toBe('#ffffff');
		expect(PAPER_PALETTE.sector['ITU-T']).toBe(PAPER_TOKENS['--sector-itu-t']);
	});
});

describe('the print stylesheet of handout text', () => {
	const print = readFileSync(
		join(__dirname, '../../../src/lib/components/handout/paper-print.css'),
		'utf8'
	);
	it.each(Object.entries(PAPER_TOKENS))('sets %s to %s', (name, value) => {
		expect(print).toMatch(new RegExp(`\\s${name}: ${value};`));
	});
});
