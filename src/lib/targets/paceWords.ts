/** The card's sentence about the pace to the deadline of an open target. Pure. */
import type { Assessment } from './assess';
import { MIN_POINTS, PACE_WINDOW } from './pace';

export function paceWords(a: Assessment): string | undefined {
	const s = a.status;
	if (a.lapsed || !s.goal || s.status === 'achieved' || s.status === 'qualitative')
		return undefined;
	const p = a.pace;
	if (!p)
		return s.judged
			? `No projection: no edition has ${MIN_POINTS} values within ${PACE_WINDOW} years of each other.`
			: undefined;
	const how = `At the ${p.from}–${p.to} pace (${p.edition}, ${p.points} values, least-squares line)`;
	if (p.year === null) return `${how} the target is not reached: the values move away from it.`;
	const range =
		p.early === null
			? ''
			: p.late === null
				? ` (from ${p.early}; not reached at the slower pace)`
				: p.early !== p.late
					? ` (${p.early}–${p.late}, slope ± one standard error)`
					: '';
	const due = s.goal.year;
	return `${how} the target is reached around ${p.year}${range}, ${p.year <= due ? 'by' : 'after'} the ${due} deadline. The grey dash-dot line continues that pace; it is not data.`;
}
