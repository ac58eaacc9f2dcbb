import { describe, expect, it } from 'vitest';
import {
	compareFigures,
	failures,
	htmlLimits,
	type BudgetRules
} from '../../../scripts/size-budget-compare';

const rules: BudgetRules = { tolerance: 0.05, limitOf: htmlLimits(60_000) };

const verdicts = (baseline: Record<string, number>, current: Record<string, number>, r = rules) =>
	Object.fromEntries(compareFigures(baseline, current, r).map((row) => [row.name, row.verdict]));

describe('compareFigures', () => {
	it('accepts growth up to 5% and any shrinking', () => {
		expect(
			verdicts(
				{ '/ JS gz': 1000, '/graph/ JS gz': 1000 },
				{ '/ JS gz': 1050, '/graph/ JS gz': 400 }
			)
		).toEqual({ '/ JS gz': 'ok', '/graph/ JS gz': 'ok' });
	});

	it('fails a figure that grows more than 5% over its baseline', () => {
		const rows = compareFigures({ '/ JS gz': 1000 }, { '/ JS gz': 1051 }, rules);
		expect(rows[0]).toMatchObject({ verdict: 'grown', baseline: 1000, current: 1051 });
		expect(rows[0]!.change).toBeCloseTo(0.051);
		expect(failures(rows).map((r) => r.name)).toEqual(['/ JS gz']);
	});

	it("fails a page's raw HTML over 60 kB even when the baseline had it bigger", () => {
		expect(verdicts({ '/data/ HTML': 90_000 }, { '/data/ HTML': 60_001 })).toEqual({
			'/data/ HTML': 'over-limit'
		});
		// The limit is for raw HTML only: a gzipped figure or an asset may be larger.
		expect(
			verdicts(
				{ '/data/ HTML gz': 70_000, 'asset dataset.json': 400_000 },
				{ '/data/ HTML gz': 70_000, 'asset dataset.json': 400_000 }
			)
		).toEqual({ '/data/ HTML gz': 'ok', 'asset dataset.json': 'ok' });
	});

	it('applies a page allowance from the baseline to that page only', () => {
		const allowing = {
			tolerance: 0.05,
			limitOf: htmlLimits(60_000, { '/data/': { bytes: 85_000, why: 'a 50-row table' } })
		};
		expect(
			verdicts(
				{ '/data/ HTML': 80_000, '/timeline/ HTML': 50_000 },
				{ '/data/ HTML': 80_000, '/timeline/ HTML': 61_000 },
				allowing
			)
		).toEqual({ '/data/ HTML': 'ok', '/timeline/ HTML': 'over-limit' });
		expect(verdicts({ '/data/ HTML': 84_000 }, { '/data/ HTML': 85_001 }, allowing)).toEqual({
			'/data/ HTML': 'over-limit'
		});
	});

	it('gives a page in another language the allowance of its English page', () => {
		const limitOf = htmlLimits(60_000, { '/data/': { bytes: 85_000, why: 'a 50-row table' } });
		expect(limitOf('/ar/data/ HTML')).toBe(85_000);
		expect(limitOf('/zh/data/ HTML')).toBe(85_000);
		expect(limitOf('/ar/timeline/ HTML')).toBe(60_000);
		// Only a locale prefix: a page merely named like one keeps the default limit.
		expect(limitOf('/data/ar/ HTML')).toBe(60_000);
	});

	it('fails a figure missing from the baseline, not one gone from the build', () => {
		const rows = compareFigures({ '/old/ HTML': 5000 }, { '/new/ HTML': 5000 }, rules);
		expect(rows.map((r) => [r.name, r.verdict])).toEqual([
			['/new/ HTML', 'new'],
			['/old/ HTML', 'gone']
		]);
		expect(failures(rows).map((r) => r.name)).toEqual(['/new/ HTML']);
	});
});
