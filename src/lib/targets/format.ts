/** Number formatting for target values: few decimals, no trailing zeros, "%" kept next to the number. */

/** 2 decimals under 10 (parity scores, GNI shares), 1 above; trailing zeros dropped. */
export function fmtNum(v: number): string {
	const digits = Math.abs(v) < 10 ? 2 : 1;
	return String(Number(v.toFixed(digits)));
}

/** A value with its unit's "%" ("67%"); other units are left to the surrounding text. */
export function fmtValue(v: number, unit?: string): string {
	return unit?.trim().startsWith('%') ? `${fmtNum(v)}%` : fmtNum(v);
}

/** A gap in the unit: "3 points" for percentages (percentage points), else the plain number. */
export function fmtGap(gap: number, unit?: string): string {
	const n = fmtNum(Math.abs(gap));
	return unit?.trim().startsWith('%') ? `${n} point${n === '1' ? '' : 's'}` : n;
}

/** Like fmtNum, but two significant digits for small non-zero numbers (0.0035, not 0). */
export function fmtSmall(v: number): string {
	return Math.abs(v) < 0.1 && v !== 0 ? String(Number(v.toPrecision(2))) : fmtNum(v);
}
