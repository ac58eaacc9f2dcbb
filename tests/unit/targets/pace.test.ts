/** The pace of one edition's recent values and the year it reaches a level; worked by hand. */
import { describe, expect, it } from 'vitest';
import { fitLine, projectPace } from '../../../src/lib/targets/pace';
import { obs } from './factories';

const series = (values: [number, number][], edition = 'ITU Facts & Figures 2025') =>
	values.map(([y, v]) => obs(y, v, { edition }));

describe('fitLine', () => {
	it('fits a least-squares line with the standard error of its slope', () => {
		const f = fitLine([
			{ year: 2020, value: 10 },
			{ year: 2021, value: 13 },
			{ year: 2022, value: 14 }
		])!;
		expect(f.slope).toBeCloseTo(2, 10);
		expect(f.se).toBeCloseTo(0.57735, 4);
	});
	it('needs two distinct years', () => {
		expect(fitLine([{ year: 2020, value: 1 }])).toBeNull();
		expect(
			fitLine([
				{ year: 2020, value: 1 },
				{ year: 2020, value: 2 }
			])
		).toBeNull();
	});
});

describe('projectPace', () => {
	it.each([
		[
			'a straight series',
			[
				[2020, 10],
				[2021, 12],
				[2022, 14]
			],
			20,
			2025,
			2025,
			2025
		],
		[
			'a noisy series: a range',
			[
				[2020, 10],
				[2021, 13],
				[2022, 14]
			],
			20,
			2025,
			2024,
			2027
		],
		[
			'a series moving away',
			[
				[2020, 14],
				[2021, 12],
				[2022, 10]
			],
			20,
			null,
			null,
			null
		]
	] as const)('%s', (_, values, level, year, early, late) => {
		const p = projectPace(
			series(values.map((v) => [...v] as [number, number])),
			level,
			'at-least'
		)!;
		expect({ year: p.year, early: p.early, late: p.late }).toEqual({ year, early, late });
		expect({ from: p.from, to: p.to, points: p.points }).toEqual({
			from: 2020,
			to: 2022,
			points: 3
		});
	});

	it('draws the continuation from the last fitted value, stopping at `until`', () => {
		const p = projectPace(
			series([
				[2020, 10],
				[2021, 13],
				[2022, 14]
			]),
			20,
			'at-least',
			2023
		)!;
		expect(p.line[0]).toEqual({ year: 2022, value: expect.closeTo(14.333, 3) });
		expect(p.line[1]).toEqual({ year: 2023, value: expect.closeTo(16.333, 3) });
	});

	it('projects nothing from fewer than three values, and never joins editions', () => {
		expect(
			projectPace(
				series([
					[2021, 10],
					[2022, 12]
				]),
				20,
				'at-least'
			)
		).toBeNull();
		const two = [
			...series(
				[
					[2018, 5],
					[2019, 6]
				],
				'A 2019'
			),
			...series(
				[
					[2020, 7],
					[2021, 8]
				],
				'B 2021'
			)
		];
		expect(projectPace(two, 20, 'at-least')).toBeNull();
	});

	it('uses the edition with the most recent values, within six years of its last one', () => {
		const old = series(
			[
				[2010, 1],
				[2011, 2],
				[2012, 3],
				[2013, 4]
			],
			'Old 2014'
		);
		const recent = series(
			[
				[2014, 5],
				[2019, 8],
				[2020, 9],
				[2021, 10]
			],
			'New 2022'
		);
		const p = projectPace([...old, ...recent], 12, 'at-least')!;
		expect(p.edition).toBe('New 2022');
		expect({ from: p.from, to: p.to }).toEqual({ from: 2019, to: 2021 });
		expect(p.year).toBe(2023);
	});

	it('goes down for an at-most target', () => {
		const p = projectPace(
			series([
				[2020, 9],
				[2021, 7],
				[2022, 5]
			]),
			2,
			'at-most'
		)!;
		expect(p.year).toBe(2024);
	});
});
