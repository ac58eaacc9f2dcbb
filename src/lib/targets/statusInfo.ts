/** How each target status is shown: a word and an icon (colour is never the only cue), a colour token, help. */
import type { TargetStatus } from './status';

export const TARGET_STATUS_INFO: Record<
	TargetStatus,
	{ label: string; icon: string; colour: string; help: string }
> = {
	achieved: {
		label: 'Achieved',
		icon: '✓',
		colour: 'var(--ok)',
		help: 'The value judged meets the target.'
	},
	'on-track': {
		label: 'On track',
		icon: '↗',
		colour: 'var(--ok)',
		help: 'Not met yet, but at or near the straight path from the baseline to the target.'
	},
	'off-track': {
		label: 'Off track',
		icon: '↘',
		colour: 'var(--warn)',
		help: 'Not met yet, and behind the straight path from the baseline to the target.'
	},
	'not-achieved': {
		label: 'Not achieved by the deadline',
		icon: '✕',
		colour: 'var(--bad)',
		help: 'The deadline has passed and the value for the deadline year falls short.'
	},
	'insufficient-data': {
		label: 'Insufficient data',
		icon: '…',
		colour: 'var(--fg-muted)',
		help: 'The data cannot decide: no counted value, no value near the deadline, or no baseline.'
	},
	qualitative: {
		label: 'Qualitative target',
		icon: '◇',
		colour: 'var(--info)',
		help: 'The target is not a number: no numeric status.'
	}
};
