import { describe, expect, it } from 'vitest';
import { guessTable } from '../../../src/lib/data/guessTable';

describe('guessTable', () => {
	it.each([
		['entities.csv', 'entities.csv'],
		['ENTITIES.CSV', 'entities.csv'],
		['my entities (2).csv', 'entities.csv'],
		['wsis-action-lines.csv', 'wsis_action_lines.csv'],
		['observations-2025.csv', 'observations.csv'],
		['notes.csv', undefined]
	])('%s → %s', (name, table) => {
		expect(guessTable(name)).toBe(table);
	});
});
