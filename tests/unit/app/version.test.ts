import { describe, expect, it } from 'vitest';
import { datasetVersion } from '../../../src/lib/data/version';

describe('datasetVersion', () => {
	it('is stable, order-independent and changes with any edit', () => {
		const a = datasetVersion({ 'a.csv': 'x', 'b.csv': 'y' });
		expect(a).toMatch(/^[0-9a-f]{8}$/);
		expect(datasetVersion({ 'b.csv': 'y', 'a.csv': 'x' })).toBe(a);
		expect(datasetVersion({ 'a.csv': 'x', 'b.csv': 'z' })).not.toBe(a);
		expect(datasetVersion({ 'a.csv': 'xb.csv', '.csv': 'y' })).not.toBe(a);
	});
});
