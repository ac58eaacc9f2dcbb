import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../src/lib/data/types';
import { compareCodes, sortRows, type TargetRow } from '../../../src/lib/targets/sort';
import type { StatusResult } from '../../../src/lib/targets/status';
import { target } from './factories';

const goal = (n: number) => ({ id: `g${n}`, number: n, name: `G${n}` }) as Goal;
const row = (
	code: string,
	g: number,
	status: StatusResult['status'],
	relativeGap?: number
): TargetRow => ({
	target: target({ id: `t-${code}`, code }),
	goal: goal(g),
	status: { status, reason: '', region: 'World', provisional: false, excluded: 0, relativeGap }
});

describe('compareCodes', () => {
	it('orders codes naturally', () => {
		expect(['2.2', '1.10', '2.1.B', '1.2', '2.1.A', '10.1'].sort(compareCodes)).toEqual([
			'1.2',
			'1.10',
			'2.1.A',
			'2.1.B',
			'2.2',
			'10.1'
		]);
	});
});

describe('sortRows', () => {
	const rows = [
		row('3.2', 3, 'not-achieved', 0.26),
		row('1.2', 1, 'not-achieved', 0.04),
		row('5.1', 5, 'qualitative'),
		row('2.2.B', 2, 'achieved', -0.2),
		row('1.1', 1, 'insufficient-data')
	];
	const codes = (r: TargetRow[]) => r.map((x) => x.target.code);
	it('by goal then code', () =>
		expect(codes(sortRows(rows, 'goal'))).toEqual(['1.1', '1.2', '2.2.B', '3.2', '5.1']));
	it('by status, worst first, then largest gap', () =>
		expect(codes(sortRows(rows, 'status'))).toEqual(['3.2', '1.2', '1.1', '2.2.B', '5.1']));
	it('by gap, largest first, targets without a gap last', () =>
		expect(codes(sortRows(rows, 'gap'))).toEqual(['3.2', '1.2', '2.2.B', '1.1', '5.1']));
	it('does not change its input', () => {
		sortRows(rows, 'gap');
		expect(codes(rows)[0]).toBe('3.2');
	});
});
