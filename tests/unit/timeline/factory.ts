/** Small factories for timeline tests: rows with the provenance fields filled in. */
import type { Dataset, Entity, EventItem, Framework, Target } from '$lib/data/types';
import { parseDate } from '$lib/timeline/dates';

const prov = {
	status: 'verified' as const,
	source: ['seed-000'],
	origin: { file: 'x.csv', row: 2 }
};

export function entity(id: string, patch: Partial<Entity> = {}): Entity {
	return {
		id,
		name: id.toUpperCase(),
		type: 'initiative',
		sectors: [],
		aliases: [],
		...prov,
		...patch
	};
}

export function event(
	id: string,
	start: string,
	patch: Partial<Omit<EventItem, 'start' | 'end'>> & { end?: string } = {}
): EventItem {
	const { end, ...rest } = patch;
	return {
		id,
		name: id,
		kind: 'instance',
		start: parseDate(start)!,
		end: end ? parseDate(end) : undefined,
		sectors: [],
		aliases: [],
		...prov,
		...rest
	};
}

export function framework(id: string, patch: Partial<Framework> = {}): Framework {
	return { id, name: id, aliases: [], ...prov, ...patch };
}

export function target(id: string, fw: string, year: number): Target {
	return { id, framework: fw, code: id, text: id, kind: 'at-least', targetYear: year, ...prov };
}

export function dataset(patch: Partial<Dataset>): Dataset {
	return {
		sources: [],
		entities: [],
		events: [],
		sdgs: [],
		wsisActionLines: [],
		frameworks: [],
		goals: [],
		targets: [],
		indicators: [],
		observations: [],
		relations: [],
		facts: [],
		briefings: [],
		nodes: [],
		links: [],
		...patch
	};
}
