import { describe, expect, it } from 'vitest';
import { targetRows } from '../../../src/lib/targets/overview';
import { TARGET_STATUSES } from '../../../src/lib/targets/status';
import { targetSummary } from '../../../src/lib/handout/targetSummary';
import { data, st } from './shipped';

describe('targetSummary', () => {
	const s = targetSummary(data, null, 2026)!;
	const rows = targetRows(data, 'connect-2030', 2026);

	it('counts every target of the default framework once, by status, in the view order', () => {
		expect(s.framework).toBe(data.frameworks.find((f) => f.id === 'connect-2030')!.name);
		expect(s.shown).toBe(rows.length);
		expect(s.bars.reduce((n, b) => n + b.n, 0)).toBe(rows.length);
		const order = s.bars.map((b) => TARGET_STATUSES.indexOf(b.status));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		for (const b of s.bars)
			expect(b.codes.sort()).toEqual(
				rows
					.filter((r) => r.status.status === b.status)
					.map((r) => r.target.code)
					.sort()
			);
	});
	it('gives bars lengths in proportion to their counts, the longest filling the room', () => {
		const most = Math.max(...s.bars.map((b) => b.n));
		for (const b of s.bars) expect(b.w).toBeCloseTo((b.n / most) * s.barMax, 6);
		expect(s.barX + s.barMax).toBeLessThanOrEqual(s.width);
		expect(s.bars.every((b) => b.label && b.icon)).toBe(true);
	});
	it('follows the filters, and is null for a framework not in the data', () => {
		const f = targetSummary(data, 'connect-2030', 2026, st('v=1&type=qualitative'))!;
		expect(f.shown).toBe(rows.filter((r) => r.target.kind === 'qualitative').length);
		expect(f.total).toBe(s.total);
		expect(targetSummary(data, 'no-such-framework', 2026)).toBeNull();
	});
});
