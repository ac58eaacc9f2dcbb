import { describe, expect, it } from 'vitest';
import { handoutQuery } from '../../../src/lib/views/handout';

describe('handoutQuery', () => {
	it('keeps the view state and drops presenting and projector mode', () => {
		const q = new URLSearchParams('v=1&sector=itu-d&proj=1&present=itu-in-10-minutes:2&sel=itu');
		expect(handoutQuery(q)).toBe('v=1&sector=itu-d&sel=itu');
	});
	it('is empty for the default view, and drops unknown parameters', () => {
		expect(handoutQuery(new URLSearchParams('proj=1&utm=x'))).toBe('');
	});
});
