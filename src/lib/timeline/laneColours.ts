/**
 * The colour of each lane group, as the CSS custom property it takes from the theme (so light,
 * dark, projector and paper colours all apply). One table for the timeline and the handout's figure.
 */
import type { LaneGroup } from './types';

export const LANE_COLOURS: Record<LaneGroup, string> = {
	governance: 'var(--sector-itu)',
	conferences: 'var(--info)',
	'ITU-R': 'var(--sector-itu-r)',
	'ITU-T': 'var(--sector-itu-t)',
	'ITU-D': 'var(--sector-itu-d)',
	GS: 'var(--sector-gs)',
	initiatives: 'var(--ok)',
	targets: 'var(--bad)',
	milestones: 'var(--warn)'
};
