import { describe, expect, it } from 'vitest';
import { facetCounts, NO_FILTERS, sdgAlignment, type Filters } from '$lib/filters/facets';
import { buildGraph } from '$lib/graph/model';
import { neighbourhood, visibility } from '$lib/graph/visibility';
import { tinyItu } from './factory';

const { nodes, links } = tinyItu();
const g = buildGraph(nodes, links);
const aligned = sdgAlignment(nodes, links);
const shown = (f: Partial<Filters>, hide: Parameters<typeof visibility>[3] = []) => {
	const v = visibility(g, { ...NO_FILTERS, ...f }, aligned, hide);
	return nodes.filter((_, i) => v.nodes[i]).map((n) => n.id);
};

describe('filters', () => {
	it('shows everything without filters', () => {
		expect(shown({})).toHaveLength(nodes.length);
	});

	it('SDG 13 keeps the aligned entities and what connects them to a Sector', () => {
		expect(shown({ sdg: [13] }).sort()).toEqual(['bdt', 'cop', 'itu-d', 'sdg-13', 'unep'].sort());
	});

	it('combines facets with AND and values with OR', () => {
		expect(shown({ sector: ['ITU-D', 'ITU-R'], type: ['sector'] })).toEqual(['itu-d', 'itu-r']);
		expect(shown({ status: ['partial', 'unverified'] })).toEqual(['giga', 'cop']);
	});

	it('hides legend groups', () => {
		expect(shown({}, ['goal', 'partner'])).not.toContain('sdg-9');
		expect(shown({}, ['goal', 'partner'])).not.toContain('unep');
	});

	it('hides links whose ends are hidden or whose group is off', () => {
		const v = visibility(g, { ...NO_FILTERS, sector: ['ITU-D'] }, aligned, [], ['structure']);
		const kept = g.links.filter((_, i) => v.links[i]).map((l) => l.type);
		expect(kept).toEqual([]);
		const v2 = visibility(g, { ...NO_FILTERS, sector: ['ITU-D'] }, aligned);
		expect(g.links.filter((_, i) => v2.links[i]).map((l) => l.type)).toEqual(['part_of', 'runs']);
	});

	it('as of a year: the bodies and relations of that year; undated ones stay', () => {
		// BDT from 1992; the link itu-d runs giga only 2019–2020; the rest undated.
		const dated = tinyItu();
		dated.nodes.find((n) => n.id === 'bdt')!.startYear = 1992;
		dated.links.find((l) => l.type === 'runs' && l.to === 'giga')!.startYear = 2019;
		dated.links.find((l) => l.type === 'runs' && l.to === 'giga')!.endYear = 2020;
		const gd = buildGraph(dated.nodes, dated.links);
		const at = (year: number) => {
			const v = visibility(gd, { ...NO_FILTERS, years: { from: year, to: year } }, aligned);
			return {
				nodes: gd.nodes.filter((_, i) => v.nodes[i]).map((n) => n.id),
				links: gd.links
					.filter((_, i) => v.links[i])
					.map((l) => `${l.type}:${gd.nodes[l.target]!.id}`)
			};
		};
		expect(at(1950).nodes).not.toContain('bdt');
		expect(at(1950).nodes).toContain('giga');
		expect(at(1950).links).not.toContain('runs:giga');
		expect(at(2019).links).toContain('runs:giga');
		expect(at(2021).links).not.toContain('runs:giga');
		expect(at(2021).nodes).toContain('bdt');
		expect(at(2021).links).toContain('part_of:itu');
	});

	it('counts each option given the other facets', () => {
		const c = facetCounts(nodes, { ...NO_FILTERS, sector: ['ITU-D'] }, aligned);
		expect(c.sdg.get('9')).toBe(1);
		expect(c.sdg.get('13')).toBeUndefined();
		expect(c.sector.get('ITU-R')).toBe(2);
		expect(c.type.get('bureau')).toBe(1);
		expect(c.type.get('advisory_body')).toBeUndefined();
	});
});

describe('focus', () => {
	const at = (id: string, depth: number) =>
		[...neighbourhood(g, g.index.get(id)!, depth).entries()]
			.map(([i, d]) => `${nodes[i]!.id}:${d}`)
			.sort();
	it('returns the selection and its neighbours by distance', () => {
		expect(at('bdt', 1)).toEqual(['bdt:0', 'cop:1', 'itu-d:1']);
		expect(at('bdt', 2)).toEqual([
			'bdt:0',
			'cop:1',
			'giga:2',
			'itu-d:1',
			'itu:2',
			'sdg-13:2',
			'unep:2'
		]);
	});
	it('walks only through shown nodes', () => {
		const v = visibility(g, { ...NO_FILTERS, sector: ['ITU-D'] }, aligned);
		const d = neighbourhood(g, g.index.get('bdt')!, 3, v.nodes);
		expect([...d.keys()].map((i) => nodes[i]!.id).sort()).toEqual(['bdt', 'giga', 'itu-d']);
	});
});

describe('SDG connectors', () => {
	it('stop at the Union itself: it needs no path to a Sector', () => {
		const { nodes, links } = tinyItu();
		links.push({ ...links[0]!, from: 'itu', type: 'aligns_with_sdg', to: 'sdg-9' });
		const g2 = buildGraph(nodes, links);
		const v = visibility(g2, { ...NO_FILTERS, sdg: [9] }, sdgAlignment(nodes, links));
		const ids = nodes.filter((_, i) => v.nodes[i]).map((n) => n.id);
		expect(ids.sort()).toEqual(['giga', 'itu', 'itu-d', 'sdg-9']);
		expect([...v.connectors].map((i) => nodes[i]!.id)).toEqual(['itu-d']);
	});
});
