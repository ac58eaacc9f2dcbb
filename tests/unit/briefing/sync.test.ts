import { describe, expect, it } from 'vitest';
import { formatElapsed, parseMessage, reduce, reply } from '../../../src/lib/briefing/sync';

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
		[{ type: 'hello', deck: 'ignored' }, { type: 'hello' }],
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
		expect(reduce('presenter', at, { type: 'hello' })).toBe(at);
	});
	it('the presenter follows the audience to another deck, or to its first deck', () => {
		expect(reduce('presenter', at, { type: 'step', deck: 'my.other', step: 4 })).toEqual({
			deck: 'my.other',
			step: 4
		});
		expect(reduce('presenter', null, { type: 'step', deck: 'd', step: 3 })).toEqual({
			deck: 'd',
			step: 3
		});
		expect(reduce('presenter', null, { type: 'goto', deck: 'd', step: 3 })).toBeNull();
	});
	it('the audience obeys goto messages of its deck', () => {
		expect(reduce('audience', at, { type: 'goto', deck: 'd', step: 3 })).toEqual({
			deck: 'd',
			step: 3
		});
		expect(reduce('audience', at, { type: 'step', deck: 'd', step: 3 })).toBe(at);
		expect(reduce('audience', at, { type: 'goto', deck: 'x', step: 3 })).toBe(at);
		expect(reduce('audience', null, { type: 'goto', deck: 'd', step: 3 })).toBeNull();
	});
	it('a message for the current step changes nothing', () => {
		expect(reduce('audience', at, { type: 'goto', deck: 'd', step: 2 })).toBe(at);
	});
});

describe('reply', () => {
	it('the audience answers hello with its step, so a late presenter window catches up', () => {
		expect(reply(at, { type: 'hello' })).toEqual({ type: 'step', deck: 'd', step: 2 });
	});
	it('says nothing when it presents no deck or the message is not hello', () => {
		expect(reply(null, { type: 'hello' })).toBeNull();
		expect(reply(at, { type: 'goto', deck: 'd', step: 1 })).toBeNull();
		expect(reply(at, { type: 'step', deck: 'd', step: 1 })).toBeNull();
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
