import { TABLE_FILES, type TableFile } from './types';

/**
 * Which table a user's file is probably for, from its name: `entities.csv`, `my entities (2).csv`
 * and `ENTITIES.CSV` all mean entities. Longer table names win (`wsis_action_lines` over none).
 * Undefined when the name says nothing; the user then picks the table.
 */
export function guessTable(fileName: string): TableFile | undefined {
	const name = fileName.toLowerCase().replace(/[\s-]+/g, '_');
	const byLength = [...TABLE_FILES].sort((a, b) => b.length - a.length);
	return byLength.find((t) => name.includes(t.replace(/\.csv$/, '')));
}
