import { describe, expect, it } from 'vitest';
import { timelineModel } from '../../../src/lib/views/timeline/model';
import { data, st } from '../handout/shipped';

const NOW = Date.UTC(2026, 11, 7);
const model = (qs: string) => timelineModel(data, st(qs), NOW);
const nodes = new Map(data.nodes.map((n) => [n.id, n]));

describe('the timeline model', () => {
	it('counts the names flagged doubtful (122 in entities.csv; none of them dated)', () => {
		const m = model('');
		expect(m.doubtful).toBe(122);
		expect(m.items.some((it) => it.ref && nodes.get(it.ref)?.status === 'doubtful')).toBe(false);
		expect(model('doubtful=1').items).toEqual(m.items);
	});

	it('keeps only items of the Sector asked for, and items about no node', () => {
		const all = model('');
		const d = model('sector=itu-d');
		expect(d.items.length).toBeGreaterThan(0);
		expect(d.items.length).toBeLessThan(all.items.length);
		for (const it of d.items) {
			const n = it.ref ? nodes.get(it.ref) : undefined;
			if (n) expect(n.sectors).toContain('ITU-D');
		}
		const unattached = (m: typeof all) => m.items.filter((it) => !it.ref).length;
		expect(unattached(d)).toBe(unattached(all));
	});

	it('highlights a year range without hiding anything', () => {
		const all = model('');
		const m = model('years=1990-2015');
		expect(m.items).toEqual(all.items);
		expect(m.inRange.length).toBeGreaterThan(0);
		expect(m.inRange.length).toBeLessThan(m.items.length);
		for (const it of m.inRange) {
			expect(it.end).toBeGreaterThanOrEqual(Date.UTC(1990, 0, 1));
			expect(it.start).toBeLessThan(Date.UTC(2016, 0, 1));
		}
		expect(all.inRange).toEqual(all.items);
	});

	it('lists only the lanes that have items, conference lanes named as such', () => {
		const m = model('sector=itu-r');
		expect(m.lanes.length).toBeGreaterThan(0);
		for (const l of m.lanes) expect(m.byLane.get(l.id)?.length).toBeGreaterThan(0);
		expect(model('').lanes.length).toBeGreaterThan(m.lanes.length);
		const conf = model('').lanes.find((l) => l.group === 'conferences');
		expect(conf).toBeDefined();
		expect(model('').laneNames.get(conf!.id)).toBe(`Conferences: ${conf!.label}`);
	});
});
