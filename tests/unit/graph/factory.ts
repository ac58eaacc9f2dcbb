/** Small hand-made graphs for the graph tests: a tiny ITU with two Sectors, units, SDGs. */
import type { AtlasNode, Relation, RelationType, Sector } from '$lib/data/types';

const origin = { file: 'test.csv', row: 2 };

export function node(
	id: string,
	type: string,
	sectors: Sector[] = [],
	extra: Partial<AtlasNode> = {}
): AtlasNode {
	const kind =
		type === 'sdg' ? 'sdg' : type === 'target' ? 'target' : type === 'event' ? 'event' : 'entity';
	return {
		id,
		name: id.toUpperCase(),
		kind,
		type,
		sectors,
		aliases: [],
		status: 'verified',
		source: ['s'],
		origin,
		...extra
	};
}

export function rel(from: string, type: RelationType, to: string): Relation {
	return { from, type, to, implicit: false, status: 'verified', source: ['s'], origin };
}

/** itu ← itu-d ← bdt ← giga → sdg-9 ; itu-r ← brsg ; itu-d ← cop → sdg-13 ; partner → sdg-13 */
export function tinyItu(): { nodes: AtlasNode[]; links: Relation[] } {
	const nodes = [
		node('itu', 'organisation', ['ITU'], {
			name: 'International Telecommunication Union',
			aliases: ['ITU']
		}),
		node('itu-d', 'sector', ['ITU-D'], {
			name: 'Telecommunication Development Sector',
			aliases: ['ITU-D', 'Development Sector']
		}),
		node('itu-r', 'sector', ['ITU-R'], { name: 'Radiocommunication Sector', aliases: ['ITU-R'] }),
		node('bdt', 'bureau', ['ITU-D'], {
			name: 'Telecommunication Development Bureau',
			aliases: ['BDT']
		}),
		node('giga', 'initiative', ['ITU-D'], { name: 'Giga', status: 'partial' }),
		node('brsg', 'advisory_body', ['ITU-R'], { name: 'Radiocommunication Advisory Group' }),
		node('cop', 'programme', [], { name: 'Green Digital Action', status: 'unverified' }),
		node('unep', 'partner', [], { name: 'UN Environment Programme' }),
		node('sdg-9', 'sdg', [], { name: 'Industry, innovation and infrastructure', sdg: 9 }),
		node('sdg-13', 'sdg', [], { name: 'Climate action', sdg: 13 })
	];
	const links = [
		rel('itu-d', 'part_of', 'itu'),
		rel('itu-r', 'part_of', 'itu'),
		rel('bdt', 'part_of', 'itu-d'),
		rel('itu-d', 'runs', 'giga'),
		rel('giga', 'aligns_with_sdg', 'sdg-9'),
		rel('brsg', 'part_of', 'itu-r'),
		rel('bdt', 'runs', 'cop'),
		rel('cop', 'aligns_with_sdg', 'sdg-13'),
		rel('unep', 'partner_of', 'cop'),
		rel('unep', 'aligns_with_sdg', 'sdg-13')
	];
	return { nodes, links };
}
