/** The shipped dataset (data/*.csv), validated, and a view-state helper, for the handout tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../../src/lib/data/types';
import { validateDataset } from '../../../src/lib/data/validate';
import { parseViewState, type ViewState } from '../../../src/lib/views/state';

const dir = join(__dirname, '../../../data');
const result = validateDataset(
	Object.fromEntries(
		readdirSync(dir)
			.filter((n) => n.endsWith('.csv'))
			.map((n) => [n, readFileSync(join(dir, n), 'utf8')])
	)
);
if (!result.ok) throw new Error('data/ must be valid');
export const data: Dataset = result.model;
export const st = (qs: string): ViewState => parseViewState(new URLSearchParams(qs)).state;
