/**
 * The size budget's rules, as one pure function (unit-tested in tests/unit/scripts/): every figure
 * (bytes) is compared with the committed baseline; a figure that grows more than `tolerance` over its
 * baseline fails, and so does a page whose raw HTML is over its limit. A figure missing from the
 * baseline fails too (the baseline must describe every page), a figure gone from the build does not.
 */

/** Figures by name, e.g. `"/graph/ html"` → bytes. */
export type Figures = Record<string, number>;

export type Verdict = 'ok' | 'grown' | 'over-limit' | 'new' | 'gone';

export interface Row {
	name: string;
	baseline: number | null;
	current: number | null;
	/** current / baseline − 1, or null when either is missing. */
	change: number | null;
	verdict: Verdict;
}

export interface BudgetRules {
	/** Allowed growth over the baseline, as a fraction (0.05 = 5%). */
	tolerance: number;
	/** The largest allowed size of a figure that is a page's raw HTML, else undefined (no limit). */
	limitOf: (name: string) => number | undefined;
}

export function compareFigures(baseline: Figures, current: Figures, rules: BudgetRules): Row[] {
	const names = [...new Set([...Object.keys(current), ...Object.keys(baseline)])].sort();
	return names.map((name) => {
		const b = baseline[name] ?? null;
		const c = current[name] ?? null;
		const change = b !== null && c !== null && b > 0 ? c / b - 1 : null;
		let verdict: Verdict = 'ok';
		if (c === null) verdict = 'gone';
		else if (c > (rules.limitOf(name) ?? Infinity)) verdict = 'over-limit';
		else if (b === null) verdict = 'new';
		else if (c > b * (1 + rules.tolerance)) verdict = 'grown';
		return { name, baseline: b, current: c, change, verdict };
	});
}

/** The rows that fail the budget. */
export const failures = (rows: Row[]) =>
	rows.filter((r) => r.verdict === 'grown' || r.verdict === 'over-limit' || r.verdict === 'new');

/** A page allowed more than the default HTML limit, and why (kept in the baseline file). */
export interface HtmlAllowance {
	bytes: number;
	why: string;
}

/**
 * The HTML limit of each figure: figures named `<page> HTML` (raw HTML) get `defaultLimit`, or the
 * page's allowance when the baseline grants one; every other figure has no limit.
 */
export const htmlLimits =
	(defaultLimit: number, allowances: Record<string, HtmlAllowance> = {}) =>
	(name: string): number | undefined => {
		if (!name.endsWith(' HTML')) return undefined;
		const page = name.slice(0, -' HTML'.length);
		// A page in another language (`/fr/targets/`) has the allowance of its English page.
		const english = page.replace(/^\/(fr|es|ru|zh|ar)\//, '/');
		return (allowances[page] ?? allowances[english])?.bytes ?? defaultLimit;
	};
