/** Synthetic typed rows for the target tests. */
import type { Observation, Target } from '../../../src/lib/data/types';

export function target(patch: Partial<Target> = {}): Target {
	return {
		id: 'c2030-1.2',
		framework: 'connect-2030',
		goal: 'c2030-g1',
		code: '1.2',
		text: 'Worldwide, 70% of individuals should be using the Internet',
		kind: 'at-least',
		targetValue: 70,
		unit: '% of individuals',
		targetYear: 2023,
		region: 'World',
		indicator: 'internet-use',
		status: 'partial',
		source: ['seed-001'],
		origin: { file: 'targets.csv', row: 2 },
		...patch
	};
}

let n = 0;
export function obs(year: number, value: number, patch: Partial<Observation> = {}): Observation {
	n++;
	return {
		id: `obs-${n}`,
		indicator: 'internet-use',
		region: 'World',
		year,
		value,
		unit: '% of population',
		edition: 'ITU Facts and Figures 2023',
		nature: 'estimated',
		status: 'verified',
		source: ['itu-ff-2023'],
		origin: { file: 'observations.csv', row: n + 1 },
		...patch
	};
}
