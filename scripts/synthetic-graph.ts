/**
 * The graph part of the synthetic dataset: an ITU-like hierarchy of entities and the relations
 * between nodes (tree edges first, then typed cross-links), all unique and without self-links.
 */
import type { EntityType } from '../src/lib/data/types';

export type Rng = () => number;

/** A node the generator can link to. */
export interface SynthNode {
	id: string;
	table: 'entity' | 'event' | 'sdg' | 'target';
}

export interface SynthEntity extends SynthNode {
	table: 'entity';
	type: EntityType;
	name: string;
	level: number;
	parent?: string;
}

const HEADS: Omit<SynthEntity, 'table'>[] = [
	{ id: 'itu', type: 'organisation', name: 'International Telecommunication Union', level: 0 },
	{ id: 'itu-r', type: 'sector', name: 'Radiocommunication Sector', level: 1, parent: 'itu' },
	{
		id: 'itu-t',
		type: 'sector',
		name: 'Telecommunication Standardization Sector',
		level: 1,
		parent: 'itu'
	},
	{
		id: 'itu-d',
		type: 'sector',
		name: 'Telecommunication Development Sector',
		level: 1,
		parent: 'itu'
	},
	{ id: 'gs', type: 'secretariat', name: 'General Secretariat', level: 1, parent: 'itu' },
	{ id: 'br', type: 'bureau', name: 'Radiocommunication Bureau', level: 2, parent: 'itu-r' },
	{
		id: 'tsb',
		type: 'bureau',
		name: 'Telecommunication Standardization Bureau',
		level: 2,
		parent: 'itu-t'
	},
	{
		id: 'bdt',
		type: 'bureau',
		name: 'Telecommunication Development Bureau',
		level: 2,
		parent: 'itu-d'
	}
];

/** Entity types after the heads, with their id prefix, weight, and the types of their parent. */
const KINDS: { type: EntityType; prefix: string; weight: number; under: EntityType[] }[] = [
	{ type: 'study_group', prefix: 'sg', weight: 8, under: ['sector'] },
	{ type: 'question', prefix: 'q', weight: 30, under: ['study_group'] },
	{ type: 'working_group', prefix: 'wg', weight: 6, under: ['study_group', 'sector'] },
	{ type: 'focus_group', prefix: 'fg', weight: 4, under: ['sector'] },
	{ type: 'initiative', prefix: 'ini', weight: 10, under: ['bureau', 'sector'] },
	{ type: 'programme', prefix: 'prog', weight: 10, under: ['bureau'] },
	{ type: 'publication', prefix: 'pub', weight: 12, under: ['bureau', 'study_group'] },
	{ type: 'platform', prefix: 'plat', weight: 4, under: ['bureau'] },
	{ type: 'event_series', prefix: 'ser', weight: 6, under: ['sector', 'secretariat'] },
	{ type: 'partner', prefix: 'ptn', weight: 10, under: [] }
];
const TOTAL_WEIGHT = KINDS.reduce((sum, k) => sum + k.weight, 0);

/** `count` entities: the heads, then weighted random kinds under a parent of a fitting type. */
export function planEntities(count: number, rng: Rng): SynthEntity[] {
	const entities: SynthEntity[] = HEADS.slice(0, Math.max(1, count)).map((h) => ({
		...h,
		table: 'entity'
	}));
	const byType = new Map<EntityType, SynthEntity[]>();
	const remember = (e: SynthEntity) => {
		const list = byType.get(e.type);
		if (list) list.push(e);
		else byType.set(e.type, [e]);
	};
	entities.forEach(remember);
	for (let i = entities.length; i < count; i++) {
		let r = rng() * TOTAL_WEIGHT;
		const kind = KINDS.find((k) => (r -= k.weight) < 0) ?? KINDS[0]!;
		const pool = byType.get(kind.under[Math.floor(rng() * kind.under.length)]!) ?? [];
		const parent =
			kind.type === 'partner' ? undefined : (pool[Math.floor(rng() * pool.length)] ?? entities[0]);
		const e: SynthEntity = {
			id: `${kind.prefix}-${i}`,
			table: 'entity',
			type: kind.type,
			name: `${kind.type.replace('_', ' ')} ${i}`,
			level: parent ? parent.level + 1 : 1,
			parent: parent?.id
		};
		entities.push(e);
		remember(e);
	}
	return entities;
}

const ENTITY_LINKS = ['related_to', 'supports', 'publishes', 'member_of', 'runs', 'co_organises'];

/**
 * About `total` unique relations: every entity's `part_of` edge to its parent (a partner gets
 * `partner_of` ITU), then random cross-links from entities to SDGs, targets, events and entities.
 */
export function planLinks(
	entities: SynthEntity[],
	graph: SynthNode[],
	total: number,
	rng: Rng
): { from: string; type: string; to: string }[] {
	const links: { from: string; type: string; to: string }[] = [];
	const seen = new Set<string>();
	const add = (from: string, type: string, to: string) => {
		const key = `${from} ${type} ${to}`;
		if (from === to || seen.has(key)) return;
		seen.add(key);
		links.push({ from, type, to });
	};
	for (const e of entities) {
		if (e.parent) add(e.id, 'part_of', e.parent);
		else if (e.type === 'partner') add(e.id, 'partner_of', 'itu');
	}
	const of = (table: SynthNode['table']) => graph.filter((n) => n.table === table);
	const sdgs = of('sdg');
	const targets = of('target');
	const events = of('event');
	const any = <T>(list: T[]): T | undefined => list[Math.floor(rng() * list.length)];
	for (let attempts = 0; links.length < total && attempts < total * 5; attempts++) {
		const from = any(entities)!.id;
		const r = rng();
		const [type, to] =
			r < 0.15
				? ['aligns_with_sdg', any(sdgs)]
				: r < 0.25
					? ['contributes_to_target', any(targets)]
					: r < 0.4
						? ['organises', any(events)]
						: [ENTITY_LINKS[Math.floor(rng() * ENTITY_LINKS.length)]!, any(entities)];
		if (to) add(from, type, to.id);
	}
	return links;
}
