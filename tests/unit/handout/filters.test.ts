import { describe, expect, it } from 'vitest';
import { activeFilters } from '../../../src/lib/views/describe';
import { data, st } from './shipped';

describe('activeFilters', () => {
	it('is empty without filters, and always for the home and data views', () => {
		expect(activeFilters('graph', st('v=1'), data)).toEqual([]);
		expect(activeFilters('home', st('v=1&sdg=9'), data)).toEqual([]);
		expect(activeFilters('data', st('v=1&sector=itu-d'), data)).toEqual([]);
	});
	it('names the shared facets, capitalised', () => {
		expect(activeFilters('graph', st('v=1&type=sector'), data)).toEqual(['Of type sector']);
		expect(activeFilters('graph', st('v=1&sdg=9'), data)).toEqual([
			'Aligned with SDG 9 (Industry, Innovation and Infrastructure)'
		]);
	});
	it('says a graph focus with the node name and depth', () => {
		expect(activeFilters('graph', st('v=1&sel=giga&depth=1'), data)).toEqual([
			'Focused on Giga, 1 step around it'
		]);
		expect(activeFilters('graph', st('v=1&sel=giga&depth=2'), data)).toEqual([
			'Focused on Giga, 2 steps around it'
		]);
	});
	it('says the year range as each view uses it', () => {
		expect(activeFilters('graph', st('v=1&years=2003-2005'), data)).toEqual([
			'Active between 2003 and 2005'
		]);
		expect(activeFilters('timeline', st('v=1&years=2003-2005'), data)).toEqual([
			'Years 2003 to 2005 highlighted'
		]);
		expect(activeFilters('targets', st('v=1&years=2015-2023'), data)).toEqual([
			'Observations from 2015 to 2023'
		]);
	});
	it('names a selection and a framework; an unknown id stays as it is', () => {
		const fw = data.frameworks.find((f) => f.id === 'connect-2030')!;
		expect(activeFilters('targets', st('v=1&fw=connect-2030'), data)).toEqual([
			`Framework ${fw.name}`
		]);
		const wsis = data.nodes.find((n) => n.id === 'wsis-2003')!;
		expect(activeFilters('timeline', st('v=1&sel=wsis-2003'), data)).toEqual([
			`${wsis.name} selected`
		]);
		expect(activeFilters('timeline', st('v=1&sel=no-such-node'), data)).toEqual([
			'No-such-node selected'
		]);
	});
});
