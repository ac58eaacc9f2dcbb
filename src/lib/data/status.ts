import type { Status } from './types';

/** How each status is shown: a word, an icon (so colour is never the only cue) and an explanation. */
export const STATUS_INFO: Record<Status, { label: string; icon: string; help: string }> = {
	verified: { label: 'Verified', icon: '✓', help: 'Confirmed in the source named' },
	partial: {
		label: 'Partial',
		icon: '◐',
		help: 'The number is confirmed, but not the exact official wording or the baseline'
	},
	unverified: {
		label: 'Unverified',
		icon: '?',
		help: 'Not confirmed in a source: treat with care'
	},
	conflict: {
		label: 'Conflict',
		icon: '⚠',
		help: 'Sources disagree: each claim is kept with its source'
	},
	'seed-only': {
		label: 'Seed only',
		icon: '◇',
		help: 'Stated only in the seed documents, not checked against an outside source'
	},
	doubtful: {
		label: 'Doubtful',
		icon: '✕',
		help: 'Probably invented or belonging to another organisation: not shown as ITU’s own'
	}
};
