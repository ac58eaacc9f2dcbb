/** The home page as a view: its headline figures. */
import { headlines, type Headline } from '$lib/home/headlines';
import type { ViewDefinition } from '../definition';
import { homeUrl } from './url';

export const homeView: ViewDefinition<Headline[]> = {
	...homeUrl,
	model: (d) => headlines(d),
	/** The home page's headline figures, each as the page shows it; conflicts say so. */
	describe(d) {
		const figures = headlines(d).map(
			(h) => `${h.label}: ${h.value}${h.status === 'conflict' ? ' (sources disagree)' : ''}`
		);
		return `ITU at a glance, computed from the data. ${figures.join('; ')}.`;
	},
	phrases: () => [],
	handout: () => null,
	exports: (d) => [
		{
			name: 'home-headlines',
			columns: ['label', 'value', 'status'],
			rows: headlines(d).map((h) => ({ label: h.label, value: h.value, status: h.status }))
		}
	]
};
