import { describe, expect, it } from 'vitest';
import { targetsModel } from '../../../src/lib/views/targets/model';
import { data, st } from '../handout/shipped';

const model = (qs: string) => targetsModel(data, st(qs), 2026);
const codes = (rows: { target: { code: string } }[]) => rows.map((r) => r.target.code);

describe('the Targets page model', () => {
	it('shows Connect 2030 by default: 24 targets under its five goals', () => {
		const m = model('');
		expect(m.heading).toBe('Connect 2030 targets');
		expect(m.total).toBe(24);
		expect(m.rows).toHaveLength(24);
		expect(m.groups.map((g) => [g.title, g.rows.length])).toEqual([
			['Goal 1: Growth', 7],
			['Goal 2: Inclusiveness', 10],
			['Goal 3: Sustainability', 5],
			['Goal 4: Innovation', 1],
			['Goal 5: Partnership', 1]
		]);
		expect(codes(m.groups[1]!.rows).slice(0, 3)).toEqual(['2.1.A', '2.1.B', '2.2.A']);
		expect(m.frameworks[0]!.id).toBe('connect-2030');
		expect(m.frameworks.map((f) => f.id).sort()).toEqual([
			'bbc-2025',
			'connect-2020',
			'connect-2030',
			'sdg-agenda-2030',
			'un-umc-2030'
		]);
		expect(m.controls).toBe(true);
		expect(m.selected).toBeUndefined();
	});

	it('shows the framework asked for, and Connect 2030 for an unknown one', () => {
		expect([model('fw=connect-2020').heading, model('fw=connect-2020').total]).toEqual([
			'Connect 2020 targets',
			17
		]);
		expect(model('fw=no-such-framework').heading).toBe('Connect 2030 targets');
	});

	it('orders by status or gap in one list, and by goal for an unknown order', () => {
		const byStatus = model('sort=status');
		expect(byStatus.sort).toBe('status');
		expect(byStatus.groups.map((g) => [g.title, g.rows.length])).toEqual([
			['All targets, worst status first', 24]
		]);
		expect(model('sort=gap').groups[0]!.title).toBe('All targets, largest gap first');
		expect(model('sort=size').sort).toBe('goal');
	});

	it('keeps the targets of the kinds asked for and counts the filters that are on', () => {
		const m = model('type=at-least,parity');
		expect(m.rows).toHaveLength(16);
		expect(m.rows.every((r) => ['at-least', 'parity'].includes(r.target.kind))).toBe(true);
		expect(m.total).toBe(24);
		expect(m.filtersOn).toBe(2);
		expect(model('type=at-least&sdg=9').filtersOn).toBe(2);
	});

	it('selects a target with its values in the year range', () => {
		const all = model('sel=c2030-1.2').selected!;
		expect(all.target.code).toBe('1.2');
		expect(all.observations.length).toBeGreaterThan(3);
		expect(all.observations.every((o) => o.indicator === 'internet-use')).toBe(true);
		const some = model('sel=c2030-1.2&years=2015-2020').selected!;
		expect(some.observations.length).toBeGreaterThan(0);
		expect(some.observations.length).toBeLessThan(all.observations.length);
		expect(some.observations.every((o) => o.year >= 2015 && o.year <= 2020)).toBe(true);
		expect(model('sel=no-such-target').selected).toBeUndefined();
	});

	it('gives way to the selected target’s chart while presenting', () => {
		expect(model('sel=c2030-1.2&present=itu-in-10-minutes:4').controls).toBe(false);
		expect(model('present=itu-in-10-minutes:3').controls).toBe(true);
	});

	it('shares one time axis reaching the 2023 target year, unless each card fits its own', () => {
		const [from, to] = model('').xDomain!;
		expect(from).toBeLessThanOrEqual(2018);
		expect(to).toBeGreaterThanOrEqual(2023);
		expect(model('fit=1').xDomain).toBeUndefined();
	});

	it('captions the table with the method', () => {
		expect(model('layout=table').tableCaption).toBe(
			'Connect 2030 targets: 24 targets, status by the straight-path method'
		);
		expect(model('layout=table&method=cagr').tableCaption).toBe(
			'Connect 2030 targets: 24 targets, status by the growth-rate ratio method'
		);
	});
});
