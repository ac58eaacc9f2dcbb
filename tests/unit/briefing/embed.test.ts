import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedCode, embedPath, embeddedView, pinnedVersion } from '$lib/briefing/embed';
import { VIEW_URLS } from '$lib/views/urls';

describe('embed routes', () => {
	it('maps each view path to its embed route', () => {
		expect(embedPath('/targets/', 'targets')).toBe('/embed/targets/');
		expect(embedPath('/', 'home')).toBe('/embed/home/');
	});
	it('tells which view an embed route shows', () => {
		expect(embeddedView('/embed/graph')).toBe('graph');
		expect(embeddedView('/graph')).toBeNull();
		expect(embeddedView(null)).toBeNull();
	});
});

describe('pinnedVersion', () => {
	it.each([
		['#data=3f2a1c9d', '3f2a1c9d'],
		['#x=1&data=3f2a1c9d', '3f2a1c9d'],
		['#data=3F2A', null],
		['', null]
	])('%s → %s', (hash, v) => expect(pinnedVersion(hash)).toBe(v));
});

describe('embedCode', () => {
	const src = 'https://example.org/atlas/embed/targets/?v=1&sel=c2030-1.2';
	it('follows the latest data by default, with the query escaped in the attribute', () => {
		expect(embedCode({ src, title: 'Connect 2030 "targets"' })).toBe(
			'<iframe src="https://example.org/atlas/embed/targets/?v=1&amp;sel=c2030-1.2" title="Connect 2030 &quot;targets&quot;" width="100%" height="480" loading="lazy"></iframe>'
		);
	});
	it('pins a data version after the query', () => {
		expect(embedCode({ src, title: 't', pin: '3f2a1c9d' })).toContain(
			'sel=c2030-1.2#data=3f2a1c9d"'
		);
	});
});

describe('every view of the registry has its embed route', () => {
	it.each(VIEW_URLS.map((v) => [v.id, v.path] as const))('%s', (id, path) => {
		const dir = join(__dirname, '../../../src/routes', embedPath(path, id));
		expect(existsSync(join(dir, '+page.svelte'))).toBe(true);
	});
});
