import { describe, expect, it } from 'vitest';
import { compareFigures, failures, type BudgetRules } from '../../../scripts/size-budget-compare';

const rules: BudgetRules = {
	tolerance: 0.05,
	htmlLimit: 60_000,
	isRawHtml: (name) => name.endsWith(' HTML')
};

const verdicts = (baseline: Record<string, number>, current: Record<string, number>) =>
	Object.fromEntries(compareFigures(baseline, current, rules).map((r) => [r.name, r.verdict]));

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

	it("fails a page's HTML over the limit even when the baseline allowed it", () => {
		expect(verdicts({ '/data/ HTML': 90_000 }, { '/data/ HTML': 60_001 })).toEqual({
			'/data/ HTML': 'over-limit'
		});
		// The limit is for raw HTML only: a gzipped figure or an asset may be larger.
		expect(
			verdicts(
				{ '/data/ HTML gz': 70_000, 'asset dataset.json': 400_000 },
				{
					'/data/ HTML gz': 70_000,
					'asset dataset.json': 400_000
				}
			)
		).toEqual({ '/data/ HTML gz': 'ok', 'asset dataset.json': 'ok' });
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
