/** The targets view: its model (`model.ts`), description, phrases, figure and CSV. */
import type { Dataset } from '$lib/data/types';
import { targetChartInput } from '$lib/handout/targetChart';
import { targetSummary } from '$lib/handout/targetSummary';
import { TARGET_STATUSES } from '$lib/targets/status';
import type { ViewDefinition } from '../definition';
import type { ViewState } from '../state';
import { filterPhrases, joinWords, nameOf, plural, STATUS_WORDS, withFilters } from '../words';
import { targetsModel, targetsSummary, type TargetsModel } from './model';
import { type TargetsParams, targetsUrl } from './url';

export { targetsModel, type TargetsModel } from './model';

const yearOf = (ctx: { asOfYear?: number }) => ctx.asOfYear ?? new Date().getUTCFullYear();

function describe(d: Dataset, s: ViewState, asOfYear: number): string {
	const { framework: fw, rows, total } = targetsSummary(d, s, asOfYear);
	if (!fw) return 'Targets: this framework is not in the dataset.';
	const phrases = filterPhrases(s, d, false);
	let text = `${fw.name}: ${rows.length} of ${plural(total, 'target')} shown${withFilters(phrases)}`;
	if (s.years) text += `, observations from ${s.years.from} to ${s.years.to}`;
	if (!rows.length) return `${text}; nothing matches these filters.`;
	const counts = TARGET_STATUSES.map((st) => ({
		st,
		n: rows.filter((r) => r.status.status === st).length
	})).filter((c) => c.n);
	text += `, as of ${asOfYear}: ${joinWords(counts.map((c) => `${c.n} ${STATUS_WORDS[c.st]}`))}.`;
	const sel = s.sel ? rows.find((r) => r.target.id === s.sel) : undefined;
	if (sel) text += ` Selected: target ${sel.target.code}, ${STATUS_WORDS[sel.status.status]}.`;
	return text;
}

export const targetsView: ViewDefinition<TargetsModel, TargetsParams, 'targets'> = {
	...targetsUrl,
	model: (d, s, ctx) => targetsModel(d, s, yearOf(ctx)),
	describe: (d, s, ctx) => describe(d, s, yearOf(ctx)),
	phrases(d, s) {
		const out = filterPhrases(s, d, false);
		if (s.fw) out.push(`framework ${d.frameworks.find((f) => f.id === s.fw)?.name ?? s.fw}`);
		if (s.years) out.push(`observations from ${s.years.from} to ${s.years.to}`);
		if (s.sel) out.push(`${nameOf(d, s.sel)} selected`);
		return out;
	},
	handout(d, s, { builtAt }) {
		const asOfYear = Number(builtAt.slice(0, 4));
		const chart = s.sel ? targetChartInput(d, s.sel, asOfYear, s.years) : null;
		if (chart)
			return {
				kind: 'chart',
				chart,
				caption: `${chart.label}. Filled dots observed, hollow estimated; the ringed dot is the target.`
			};
		const summary = targetSummary(d, s.fw, asOfYear, s);
		if (!summary) return null;
		const caption = `${summary.framework}: ${summary.shown} of ${summary.total} targets by status, as of ${asOfYear}.`;
		return { kind: 'summary', summary, caption };
	},
	exports: [
		{
			name: 'itu-atlas-targets-overview',
			label: 'Targets overview (CSV)',
			table(d, s, ctx) {
				const { framework, rows } = targetsSummary(d, s, yearOf(ctx));
				return {
					columns: [
						'framework',
						'target',
						'code',
						'text',
						'indicator',
						'region',
						'unit',
						'target_value',
						'deadline',
						'value',
						'value_year',
						'status',
						'provisional',
						'gap',
						'reason'
					],
					rows: rows.map(({ target: t, status: st }) => ({
						framework: framework?.id,
						target: t.id,
						code: t.code,
						text: t.text,
						indicator: st.indicator,
						region: st.region,
						unit: t.unit,
						target_value: t.targetValue,
						deadline: st.deadline,
						value: st.judged?.value,
						value_year: st.judged?.year,
						status: st.status,
						provisional: st.provisional ? 'yes' : 'no',
						gap: st.gap === undefined ? undefined : Math.round(st.gap * 1000) / 1000,
						reason: st.reason
					}))
				};
			}
		}
	]
};
