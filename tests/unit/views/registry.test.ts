import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VIEWS } from '../../../src/lib/views/registry';
import { VIEW_IDS, VIEW_URLS } from '../../../src/lib/views/urls';
import { data, st } from '../handout/shipped';

const ROUTES = resolve(__dirname, '../../../src/routes');

describe('the registry of views', () => {
	it('lists the five views in navigation order', () => {
		expect(VIEW_IDS).toEqual(['home', 'graph', 'timeline', 'targets', 'data']);
	});
	it('gives each view the route /<id>/ (home: /), and each route a page', () => {
		expect(VIEW_URLS.find((v) => v.id === 'targets')?.path).toBe('/targets/');
		for (const v of VIEW_URLS) {
			expect(v.path, v.id).toBe(v.id === 'home' ? '/' : `/${v.id}/`);
			const folder = v.id === 'home' ? ROUTES : resolve(ROUTES, v.id);
			expect(existsSync(resolve(folder, '+page.svelte')), v.id).toBe(true);
		}
	});
	it('finds every view’s full definition, with the id, route and title of its contract', () => {
		for (const v of VIEW_URLS) {
			const def = VIEWS[v.id];
			expect([def.id, def.path, def.title, def.label]).toEqual([v.id, v.path, v.title, v.label]);
			expect(typeof def.model).toBe('function');
		}
		expect(VIEWS.graph.title).toBe('Organisation graph');
	});
});

describe('what a view leaves out by default', () => {
	it('the graph and the timeline say that the 122 doubtful names are hidden, or shown', () => {
		for (const id of ['graph', 'timeline'] as const) {
			expect(VIEWS[id].hidden?.(data, st(''))).toBe(
				'122 names flagged as doubtful are hidden (“Show names flagged as doubtful” brings them back).'
			);
			expect(VIEWS[id].hidden?.(data, st('doubtful=1'))).toBe(
				'Including 122 names flagged as doubtful.'
			);
		}
	});
	it('the other views leave nothing out', () => {
		for (const id of ['home', 'targets', 'data'] as const)
			expect(VIEWS[id].hidden?.(data, st('')) ?? '').toBe('');
	});
});
