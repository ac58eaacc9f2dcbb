import { afterEach, describe, expect, it, vi } from 'vitest';
import { reducedMotion } from '$lib/motion';

/** A page whose <html> has (or not) `data-projector` and whose reader asked (or not) for reduced motion. */
function page(projector: boolean, asked: boolean) {
	vi.stubGlobal('document', {
		documentElement: { hasAttribute: (name: string) => projector && name === 'data-projector' }
	});
	vi.stubGlobal('matchMedia', (q: string) => ({
		matches: asked && q === '(prefers-reduced-motion: reduce)'
	}));
}

describe('reducedMotion', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('is off with neither the preference nor projector mode', () => {
		page(false, false);
		expect(reducedMotion()).toBe(false);
	});

	it('is on when the reader asks for reduced motion', () => {
		page(false, true);
		expect(reducedMotion()).toBe(true);
	});

	it('is on in projector mode, whatever the preference', () => {
		page(true, false);
		expect(reducedMotion()).toBe(true);
	});

	it('is off outside a browser (server rendering)', () => {
		expect(reducedMotion()).toBe(false);
	});
});
