import { describe, expect, it } from 'vitest';
import { targetRows, targetFrameworks } from '../../../src/lib/targets/overview';
import { handoutObservations } from '../../../src/lib/handout/observations';
import { targetChartInput } from '../../../src/lib/handout/targetChart';
import { data } from './shipped';

describe('handoutObservations', () => {
	const kept = handoutObservations(data);
	const trimmed = { ...data, observations: kept };

	it('ships far fewer observations than the dataset holds', () => {
		expect(kept.length).toBeGreaterThan(0);
		expect(kept.length).toBeLessThan(data.observations.length / 2);
	});
	it('gives every target of every framework the same status as the full data', () => {
		for (const fw of targetFrameworks(data))
			for (const year of [2023, 2026])
				expect(targetRows(trimmed, fw.id, year).map((r) => r.status)).toEqual(
					targetRows(data, fw.id, year).map((r) => r.status)
				);
	});
	it('gives every target the same handout chart as the full data', () => {
		for (const t of data.targets)
			expect(targetChartInput(trimmed, t.id, 2026)).toEqual(targetChartInput(data, t.id, 2026));
	});
});
