import { describe, expect, it } from 'vitest';
import { handoutData, withHandoutObservations } from '../../../src/lib/handout/pageData';
import { data } from './shipped';

const bare = { ...data, observations: [] };

describe('handout page data', () => {
	it('reads the layout and observations a load returned, and nothing else', () => {
		const layout = { n: 1, key: 'a', xy: [0, 0] };
		expect(handoutData({ layout, observations: data.observations })).toMatchObject({
			layout,
			observations: data.observations
		});
		expect(handoutData({ layout: { n: 1 } }).layout).toBeUndefined();
		expect(handoutData(null)).toEqual({});
	});
	it('puts the observations back into the embedded dataset only', () => {
		const page = handoutData({ dataset: bare, observations: data.observations });
		expect(withHandoutObservations(bare, page).observations).toBe(data.observations);
		// A user's own dataset (another object) keeps its own observations, even none.
		const own = { ...bare };
		expect(withHandoutObservations(own, page)).toBe(own);
	});
});
