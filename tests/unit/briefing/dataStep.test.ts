import { describe, expect, it } from 'vitest';
import { parseViewState, writeViewState } from '../../../src/lib/views/state';

describe('a data-page step keeps its table in the view state', () => {
	it('reads and writes table=', () => {
		const { state, notices } = parseViewState(new URLSearchParams('v=1&table=entities'));
		expect(notices).toEqual([]);
		expect(state.table).toBe('entities');
		expect(writeViewState(state)).toBe('v=1&table=entities');
	});
	it('ignores a malformed table name with a notice', () => {
		const { state, notices } = parseViewState(new URLSearchParams('table=../etc'));
		expect(state.table).toBeNull();
		expect(notices).toEqual(['Ignored table=../etc: not a table name.']);
	});
	it('writes the table after the targets parameters and before proj and present', () => {
		const { state } = parseViewState(
			new URLSearchParams('present=deck:2&proj=1&table=facts&sort=gap')
		);
		expect(writeViewState(state)).toBe('v=1&sort=gap&table=facts&proj=1&present=deck:2');
	});
});
