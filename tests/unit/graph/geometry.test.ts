import { describe, expect, it } from 'vitest';
import { bounds, describeNode } from '$lib/graph/geometry';
import { buildGraph } from '$lib/graph/model';
import { textOn } from '$lib/graph/style';
import { tinyItu } from './factory';

describe('geometry and wording', () => {
	it('bounds only the marked nodes, padded', () => {
		const xy = Float32Array.from([0, 0, 100, 50, 1000, 1000]);
		expect(bounds(xy, Uint8Array.from([1, 1, 0]), 10)).toEqual({
			x0: -10,
			y0: -10,
			x1: 110,
			y1: 60
		});
		expect(bounds(xy, Uint8Array.from([0, 0, 0])).x0).toBe(-100);
	});

	it('announces a node with its abbreviation, type and connections', () => {
		const { nodes, links } = tinyItu();
		const g = buildGraph(nodes, links);
		expect(describeNode(g, g.index.get('itu-d')!)).toBe(
			'Telecommunication Development Sector (ITU-D), sector, 3 connections'
		);
		expect(describeNode(g, g.index.get('brsg')!)).toBe(
			'Radiocommunication Advisory Group, advisory body, 1 connection'
		);
	});

	it('picks readable text on SDG colours', () => {
		expect(textOn('#FCC30B')).toBe('#000000');
		expect(textOn('#19486A')).toBe('#ffffff');
	});
});
