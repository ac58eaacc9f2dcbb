import { describe, expect, it } from 'vitest';
import {
	exportCaption,
	stampText,
	stampedName,
	unstampedName
} from '../../../src/lib/export/stamp';

const s = { version: '3f2a1c9d', builtAt: '2026-11-23' };

describe('the data stamp on exports', () => {
	it('says the version and the build date', () => {
		expect(stampText(s)).toBe('ITU Atlas data version 3f2a1c9d, built 2026-11-23');
	});
	it('captions an image with the description, then the stamp and the link', () => {
		expect(exportCaption('Graph of 3 nodes.', s, 'http://x/graph/?v=1')).toEqual([
			'Graph of 3 nodes.',
			'ITU Atlas data version 3f2a1c9d, built 2026-11-23 · http://x/graph/?v=1'
		]);
		expect(exportCaption('', s)).toEqual(['ITU Atlas data version 3f2a1c9d, built 2026-11-23']);
	});
	it('puts the version and date in file names, and takes them off again', () => {
		const name = stampedName('entities', s, 'csv');
		expect(name).toBe('entities-3f2a1c9d-2026-11-23.csv');
		expect(unstampedName(name)).toBe('entities.csv');
		expect(unstampedName('entities-3f2a1c9d-2026-11-23 (2).csv')).toBe('entities.csv');
		expect(unstampedName('entities (1).csv')).toBe('entities.csv');
		expect(unstampedName('entities.csv')).toBe('entities.csv');
		expect(unstampedName('my-entities.csv')).toBe('my-entities.csv');
		expect(unstampedName('entities-2026.csv')).toBe('entities-2026.csv');
	});
});
