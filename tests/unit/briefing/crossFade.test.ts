import { describe, expect, it } from 'vitest';
import { crossFades } from '../../../src/lib/briefing/crossFade';

const at = (path: string, route: string) => ({ url: new URL(`http://x/atlas${path}`), route });
const graph = at('/graph/?v=1&type=sector&present=d:2', '/graph');
const targets = at('/targets/?v=1&present=d:3', '/targets');

describe('cross-fading between briefing steps', () => {
	it('cross-fades from one view to another while presenting', () => {
		expect(crossFades(graph, targets, false)).toBe(true);
	});
	it('not under reduced motion', () => {
		expect(crossFades(graph, targets, true)).toBe(false);
	});
	it('not within one view (the view animates itself)', () => {
		expect(crossFades(graph, at('/graph/?v=1&sdg=9&present=d:6', '/graph'), false)).toBe(false);
	});
	it('not when leaving or outside a presentation', () => {
		expect(crossFades(graph, at('/present/?deck=d', '/present'), false)).toBe(false);
		expect(crossFades(at('/graph/', '/graph'), at('/targets/', '/targets'), false)).toBe(false);
		expect(crossFades(null, targets, false)).toBe(false);
	});
});
