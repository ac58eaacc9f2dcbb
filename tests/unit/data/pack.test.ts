/** The dataset's shipped JSON (the hashed assets the browser fetches) rebuilds the validated model. */
import { describe, expect, it } from 'vitest';
import { shippedJson, unpackDataset } from '../../../src/lib/data/pack';
import type { Dataset } from '../../../src/lib/data';
import { readDataFolder } from '../../../scripts/vite-validate-data';
import { decodeCsvBytes } from '../../../src/lib/data/sniff';
import { goodFiles, validOf } from './helpers';

const rebuilt = (d: Dataset) => {
	const json = shippedJson(d);
	return unpackDataset(JSON.parse(json.tables), JSON.parse(json.observations));
};

describe('shippedJson', () => {
	it('rebuilds the good fixture exactly, nodes and links included', () => {
		const { model } = validOf(goodFiles());
		expect(rebuilt(model)).toEqual(model);
	});

	it('rebuilds the embedded dataset exactly', () => {
		const { model } = validOf(readDataFolder('data', decodeCsvBytes));
		const back = rebuilt(model);
		expect(back).toEqual(model);
		expect(back.nodes.length).toBeGreaterThan(0);
		expect(back.observations.length).toBeGreaterThan(0);
	});

	it('ships nodes, links and observations apart from the tables', () => {
		const tables = JSON.parse(shippedJson(validOf(goodFiles()).model).tables);
		expect(Object.keys(tables)).not.toContain('nodes');
		expect(Object.keys(tables)).not.toContain('links');
		expect(Object.keys(tables)).not.toContain('observations');
		expect(Object.keys(tables)).toContain('entities');
	});
});
