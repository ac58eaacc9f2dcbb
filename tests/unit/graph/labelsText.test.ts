import { describe, expect, it } from 'vitest';
import {
	baseLabels,
	distinctLabels,
	nodeLabels,
	shortName,
	wrapLabel
} from '$lib/graph/labelsText';
import { buildGraph } from '$lib/graph/model';
import { node, rel, tinyItu } from './factory';

const C2030 = 'Connect 2030 Agenda for Global Telecommunication/ICT Development';

function withTargets() {
	const { nodes, links } = tinyItu();
	nodes.push(
		node('c2030', 'framework', [], {
			kind: 'framework',
			name: C2030,
			aliases: ['Connect 2030', 'Resolution 200 (Rev. Dubai, 2018)']
		}),
		node('c2030-g1', 'goal', [], { kind: 'goal', name: `${C2030} goal 1: Growth` }),
		node('c2030-1.2', 'target', [], {
			kind: 'target',
			name: `${C2030} target 1.2`,
			aliases: ['1.2']
		}),
		node('c2030-2.1.a', 'target', [], { kind: 'target', name: `${C2030} target 2.1.A` }),
		node('agenda', 'framework', [], {
			kind: 'framework',
			name: '2030 Agenda for Sustainable Development',
			aliases: ['A/RES/70/1', 'Agenda 2030']
		}),
		node('sdg-9.c', 'target', [], {
			kind: 'target',
			name: '2030 Agenda for Sustainable Development target 9.c',
			aliases: ['9.c']
		})
	);
	links.push(
		rel('c2030-g1', 'goal_of', 'c2030'),
		rel('c2030-1.2', 'target_of', 'c2030-g1'),
		rel('c2030-2.1.a', 'target_of', 'c2030'),
		rel('sdg-9.c', 'target_of', 'agenda')
	);
	return buildGraph(nodes, links);
}

describe('label texts', () => {
	const g = withTargets();
	const base = baseLabels(g);
	const at = (id: string) => base[g.index.get(id)!];

	it('labels targets by their framework short name and code', () => {
		expect(at('c2030-1.2')).toBe('Connect 2030 · 1.2');
		// No alias: the code comes from the name.
		expect(at('c2030-2.1.a')).toBe('Connect 2030 · 2.1.A');
		expect(at('sdg-9.c')).toBe('Agenda 2030 · 9.c');
		expect(at('c2030-g1')).toBe('Connect 2030 goal 1: Growth');
		expect(at('giga')).toBe('Giga');
	});

	it('takes short names from the aliases only', () => {
		expect(shortName(C2030, ['Connect 2030', 'Resolution 200 (Rev. Dubai, 2018)'])).toBe(
			'Connect 2030'
		);
		expect(shortName('Giga', ['X'])).toBe('Giga');
		expect(shortName('Plenipotentiary Conference', [])).toBe('Plenipotentiary Conference');
	});

	it('wraps on words, within the line count', () => {
		expect(wrapLabel('Telecommunication Standardization Sector', 24)).toEqual([
			'Telecommunication',
			'Standardization Sector'
		]);
		expect(wrapLabel('one two three four five six', 8, 2)).toEqual(['one two', 'three f…']);
		expect(wrapLabel('short', 24)).toEqual(['short']);
	});

	it('never cuts two different names to the same text', () => {
		const names = [
			'Telecommunication Development Sector',
			'Telecommunication Development Bureau',
			'Giga',
			`${C2030} target 1.1`,
			`${C2030} target 1.2`,
			`${C2030} target 1.2`
		];
		const out = distinctLabels(names, 28);
		expect(out[0]).not.toBe(out[1]);
		expect(out[0]!.replace('\n', ' ')).toBe('Telecommunication Development Sector');
		expect(out[2]).toBe('Giga');
		expect(out[3]).not.toBe(out[4]);
		expect(out[3]).toContain('1.1');
		// Equal names stay equal.
		expect(out[4]).toBe(out[5]);
		for (const t of out)
			for (const line of t.split('\n')) expect(line.length).toBeLessThanOrEqual(28);
	});

	it('labels the top of the structure in full, every other node distinctly', () => {
		const l = nodeLabels(g);
		const i = g.index.get('itu')!;
		expect(l.top[i]).toBe(1);
		expect(l.short[i]!.replace(/\n/g, ' ')).toBe('International Telecommunication Union');
		expect(l.top[g.index.get('giga')!]).toBe(0);
		const texts = l.short.filter((_, k) => g.nodes[k]!.kind === 'target');
		expect(new Set(texts).size).toBe(texts.length);
		expect(nodeLabels(g)).toBe(l);
	});
});

describe('short forms from the data', () => {
	it('lead a name too long to show whole, so the short form survives the cut', async () => {
		const { withAlias } = await import('$lib/graph/labelsText');
		const wrc = 'World Radiocommunication Conference';
		expect(withAlias(wrc, ['WRC', 'World Radio Conference'], 28)).toBe(`WRC · ${wrc}`);
		// Short enough: the name alone; no short form: the name alone.
		expect(withAlias('Giga', ['GIGA'], 28)).toBe('Giga');
		expect(withAlias(wrc, ['world radio'], 28)).toBe(wrc);
		// A short form the name starts with adds nothing.
		expect(withAlias('ITU Council Working Group on Internet', ['ITU'], 28)).toBe(
			'ITU Council Working Group on Internet'
		);
	});

	it('are used in the labels at any zoom, never in the structure’s top', () => {
		const { nodes, links } = tinyItu();
		nodes.push(
			node('wrc', 'event_series', ['ITU-R'], {
				name: 'World Radiocommunication Conference',
				aliases: ['WRC']
			})
		);
		links.push(rel('itu-r', 'organises', 'wrc'));
		const g = buildGraph(nodes, links);
		const l = nodeLabels(g);
		expect(l.short[g.index.get('wrc')!]).toMatch(/^WRC · World Radiocommunicat/);
		expect(l.short[g.index.get('itu-d')!]).toBe('Telecommunication\nDevelopment Sector');
	});
});
