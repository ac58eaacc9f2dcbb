import { describe, expect, it } from 'vitest';
import { buildGraph } from '$lib/graph/model';
import { connectingPaths, pathMembers, pathSentence } from '$lib/graph/paths';
import { node, rel, tinyItu } from './factory';

const itu = tinyItu();
const g = buildGraph(itu.nodes, itu.links);
const at = (id: string) => g.index.get(id)!;
const ids = (p: { nodes: number[] }) => p.nodes.map((i) => g.nodes[i]!.id);

/** a–b–d and a–c–d (length 2), a–e–f–d (3), a–g–h–i–d (4). */
function square() {
	const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
	const pairs = ['a-b', 'a-c', 'b-d', 'c-d', 'a-e', 'e-f', 'f-d', 'a-g', 'g-h', 'h-i', 'i-d'];
	return buildGraph(
		names.map((n) => node(n, 'programme')),
		pairs.map((p) => rel(p.split('-')[0]!, 'related_to', p.split('-')[1]!))
	);
}

describe('connectingPaths', () => {
	it('finds every shortest path, then those one step longer, up to three', () => {
		const s = square();
		const paths = connectingPaths(s, s.index.get('a')!, s.index.get('d')!);
		expect(paths.map((p) => p.nodes.map((i) => s.nodes[i]!.id).join(''))).toEqual([
			'abd',
			'acd',
			'aefd'
		]);
		// Never a path two steps longer than the shortest, however many are asked for.
		const more = connectingPaths(s, s.index.get('a')!, s.index.get('d')!, { max: 10 });
		expect(more).toHaveLength(3);
		expect(connectingPaths(s, s.index.get('a')!, s.index.get('d')!, { max: 1 })).toHaveLength(1);
	});

	it('goes up and down the structure, with the links it uses', () => {
		const [p, ...rest] = connectingPaths(g, at('giga'), at('brsg'));
		expect(rest).toEqual([]);
		expect(ids(p!)).toEqual(['giga', 'itu-d', 'itu', 'itu-r', 'brsg']);
		expect(p!.links).toHaveLength(4);
		// Each link joins the two nodes it stands between.
		p!.links.forEach((k, s) => {
			const l = g.links[k]!;
			expect([l.source, l.target].sort()).toEqual([p!.nodes[s]!, p!.nodes[s + 1]!].sort());
		});
	});

	it('never crosses an SDG, but may end at one', () => {
		// Through SDG 13 (unep–sdg-13–cop–…) is no way: only unep–cop–bdt–itu-d.
		expect(connectingPaths(g, at('unep'), at('itu-d')).map(ids)).toEqual([
			['unep', 'cop', 'bdt', 'itu-d']
		]);
		expect(connectingPaths(g, at('unep'), at('sdg-13')).map(ids)).toEqual([
			['unep', 'sdg-13'],
			['unep', 'cop', 'sdg-13']
		]);
	});

	it('never crosses a framework target, goal or indicator either', () => {
		const t = buildGraph(
			[
				node('a', 'initiative'),
				node('b', 'initiative'),
				node('c', 'partner'),
				node('t', 'target', [], { kind: 'target' }),
				node('i', 'indicator', [], { kind: 'indicator' })
			],
			[
				rel('a', 'contributes_to_target', 't'),
				rel('b', 'contributes_to_target', 't'),
				rel('a', 'measures', 'i'),
				rel('b', 'measures', 'i'),
				rel('a', 'partner_of', 'c'),
				rel('c', 'partner_of', 'b')
			]
		);
		const [p, ...rest] = connectingPaths(t, t.index.get('a')!, t.index.get('b')!);
		expect(p!.nodes.map((i) => t.nodes[i]!.id)).toEqual(['a', 'c', 'b']);
		expect(rest).toEqual([]);
	});

	it('uses shown nodes only, and finds nothing between unconnected or equal ends', () => {
		const shown = new Uint8Array(g.nodes.length).fill(1);
		shown[at('itu')] = 0;
		expect(connectingPaths(g, at('giga'), at('brsg'), { shown })).toEqual([]);
		expect(connectingPaths(g, at('giga'), at('giga'))).toEqual([]);
		expect(connectingPaths(g, at('giga'), -1)).toEqual([]);
	});
});

describe('pathSentence', () => {
	it('writes each relation in the direction it reads', () => {
		const [p] = connectingPaths(g, at('giga'), at('brsg'));
		expect(pathSentence(g, p!)).toBe(
			'Giga ← runs — Telecommunication Development Sector — part of → ' +
				'International Telecommunication Union ← part of — Radiocommunication Sector ' +
				'← part of — Radiocommunication Advisory Group'
		);
	});

	it('collects the nodes and links of every path', () => {
		const s = square();
		const m = pathMembers(connectingPaths(s, s.index.get('a')!, s.index.get('d')!));
		expect([...m.nodes].map((i) => s.nodes[i]!.id).sort()).toEqual(
			['a', 'b', 'c', 'd', 'e', 'f'].sort()
		);
		expect(m.links.size).toBe(7);
	});
});
