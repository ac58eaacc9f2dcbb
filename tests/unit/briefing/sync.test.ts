import { describe, expect, it } from 'vitest';
import { formatElapsed, parseMessage, reduce } from '../../../src/lib/briefing/sync';

const at = { deck: 'd', step: 2 };

describe('parseMessage', () => {
	it.each([
		[
			{ type: 'step', deck: 'd', step: 3 },
			{ type: 'step', deck: 'd', step: 3 }
		],
		[
			{ type: 'goto', deck: 'd', step: 1, extra: true },
			{ type: 'goto', deck: 'd', step: 1 }
		],
		[{ type: 'other', deck: 'd', step: 1 }, null],
		[{ type: 'step', deck: '', step: 1 }, null],
		[{ type: 'step', deck: 'd', step: 0 }, null],
		[{ type: 'step', deck: 'd', step: 1.5 }, null],
		[{ type: 'step', deck: 'd', step: '2' }, null],
		['step', null],
		[null, null]
	])('%j → %j', (data, want) => expect(parseMessage(data)).toEqual(want));
});

describe('reduce', () => {
	it('the presenter follows step messages of its deck', () => {
		expect(reduce('presenter', at, { type: 'step', deck: 'd', step: 5 })).toEqual({
			deck: 'd',
			step: 5
		});
		expect(reduce('presenter', at, { type: 'goto', deck: 'd', step: 5 })).toBe(at);
		expect(reduce('presenter', at, { type: 'step', deck: 'other', step: 5 })).toBe(at);
	});
	it('the audience obeys goto messages of its deck', () => {
		expect(reduce('audience', at, { type: 'goto', deck: 'd', step: 3 })).toEqual({
			deck: 'd',
			step: 3
		});
		expect(reduce('audience', at, { type: 'step', deck: 'd', step: 3 })).toBe(at);
		expect(reduce('audience', at, { type: 'goto', deck: 'x', step: 3 })).toBe(at);
	});
	it('a message for the current step changes nothing', () => {
		expect(reduce('audience', at, { type: 'goto', deck: 'd', step: 2 })).toBe(at);
	});
});

describe('formatElapsed', () => {
	it.each([
		[0, '00:00'],
		[999, '00:00'],
		[61_000, '01:01'],
		[3_600_000, '60:00'],
		[-5, '00:00']
	])('%d ms → %s', (ms, want) => expect(formatElapsed(ms)).toBe(want));
});
