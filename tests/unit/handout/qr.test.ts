import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrPath, qrPicture } from '../../../src/lib/handout/qr';

/** The matrix a path paints: every `M x y h w v1 h-w z` rectangle filled. */
function paint(d: string, size: number): boolean[][] {
	const m = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
	for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
		for (let k = 0; k < +w!; k++) m[+y!]![+x! + k] = true;
	return m;
}

describe('qrPath', () => {
	it('draws each run of dark modules in a row as one rectangle', () => {
		expect(qrPath([[true, true, false, true]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
		expect(
			qrPath([
				[false, true],
				[true, true]
			])
		).toBe('M1 0h1v1h-1zM0 1h2v1h-2z');
	});
	it('draws nothing for an all-light matrix', () => {
		expect(qrPath([[false, false]])).toBe('');
		expect(qrPath([])).toBe('');
	});
});

describe('qrPicture', () => {
	const url = 'http://localhost:4173/atlas/graph/?v=1&sel=itu&depth=1';
	it('paints exactly the dark modules of the encoded link, with a four-module quiet zone', () => {
		const qr = qrPicture(url);
		const { data, size } = encode(url, { ecc: 'M', border: 4 });
		expect(qr.size).toBe(size);
		expect(paint(qr.d, size)).toEqual(data);
		// The quiet zone is light all round.
		for (let k = 0; k < 4; k++) {
			expect(data[k]!.some(Boolean)).toBe(false);
			expect(data.every((row) => !row[k])).toBe(true);
		}
	});
	it('gives different codes for different links', () => {
		expect(qrPicture(`${url}&x`).d).not.toBe(qrPicture(url).d);
	});
});
