/** The home page as a view: its headline figures. */
import { headlines, type Headline } from '$lib/home/headlines';
import type { ViewDefinition } from '../definition';
import { homeUrl } from './url';

export const homeView: ViewDefinition<Headline[], object, 'home'> = {
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
	exports: [
		{
			name: 'itu-atlas-headlines',
			label: 'Headline figures (CSV)',
			table: (d) => ({
				columns: ['label', 'value', 'detail', 'status', 'source'],
				rows: headlines(d).map((h) => ({
					label: h.label,
					value: h.value,
					detail: h.detail,
					status: h.status,
					source: h.source?.join(';')
				}))
			})
		}
	]
};
