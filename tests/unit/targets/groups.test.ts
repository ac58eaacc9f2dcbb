import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../src/lib/data/types';
import { groupRows } from '../../../src/lib/targets/groups';
import type { TargetRow } from '../../../src/lib/targets/sort';
import { target } from './factories';

const goal = (n: number) => ({ id: `g${n}`, number: n, name: `Goal name ${n}` }) as Goal;
const row = (code: string, g?: string): TargetRow => ({
	target: target({ id: code, code, goal: g }),
	status: { status: 'achieved', reason: '', region: 'World', provisional: false, excluded: 0 }
});
const rows = [row('1.1', 'g1'), row('3.1', 'g3'), row('x')];

describe('groupRows', () => {
	it('lists every goal in number order, even an empty one, then targets without a goal', () => {
		const g = groupRows(rows, [goal(3), goal(1), goal(2)], 'goal');
		expect(g.map((x) => [x.title, x.rows.map((r) => r.target.code)])).toEqual([
			['Goal 1: Goal name 1', ['1.1']],
			['Goal 2: Goal name 2', []],
			['Goal 3: Goal name 3', ['3.1']],
			['Targets without a goal', ['x']]
		]);
	});
	it('is one list for the other orders', () => {
		expect(groupRows(rows, [goal(1)], 'status').map((x) => x.title)).toEqual([
			'All targets, worst status first'
		]);
		expect(groupRows(rows, [], 'gap')[0]!.rows).toHaveLength(3);
	});
	it('calls the list "Targets" when the framework has no goals', () => {
		expect(groupRows(rows, [], 'goal').map((x) => x.title)).toEqual(['Targets']);
	});
});
