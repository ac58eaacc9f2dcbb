import { describe, expect, it } from 'vitest';
import {
	cameraStep,
	INITIAL_CAMERA,
	type CameraEvent,
	type CameraRules
} from '../../../src/lib/views/graph/cameraRules';

const place = (patch: Partial<Extract<CameraEvent, { type: 'place' }>> = {}): CameraEvent => ({
	type: 'place',
	key: 'k0',
	ready: true,
	hasSize: true,
	hasPositions: true,
	settling: false,
	userChanges: 0,
	...patch
});

/** Runs events from the start; returns the rules and every action. */
function run(events: CameraEvent[]): { rules: CameraRules; actions: string[] } {
	let rules = INITIAL_CAMERA;
	const actions: string[] = [];
	for (const e of events) {
		const next = cameraStep(rules, e);
		rules = next.rules;
		actions.push(next.action);
	}
	return { rules, actions };
}

describe('the graph camera rules', () => {
	it('places the view once, when the URL, the size and the positions are known', () => {
		expect(
			run([place({ ready: false }), place({ hasSize: false }), place({ hasPositions: false })])
				.actions
		).toEqual(['none', 'none', 'none']);
		expect(run([place(), place()]).actions).toEqual(['jump', 'none']);
	});

	it('does not move before the view is placed, nor for the state it already shows', () => {
		const state = (key: string): CameraEvent => ({
			type: 'state',
			key,
			settling: false,
			userChanges: 0
		});
		expect(run([state('k1')]).actions).toEqual(['none']);
		expect(run([place(), state('k0')]).actions).toEqual(['jump', 'none']);
	});

	it('glides to a state from outside (a briefing step, the history)', () => {
		const r = run([place(), { type: 'state', key: 'k1', settling: false, userChanges: 0 }]);
		expect(r.actions).toEqual(['jump', 'glide']);
		expect(r.rules.shown).toBe('k1');
	});

	it('stays put for the page’s own write (the user zoomed or clicked)', () => {
		const r = run([
			place(),
			{ type: 'write', key: 'k1' },
			{ type: 'state', key: 'k1', settling: false, userChanges: 1 },
			// The next outside change moves it again.
			{ type: 'state', key: 'k2', settling: false, userChanges: 1 }
		]);
		expect(r.actions).toEqual(['jump', 'none', 'none', 'glide']);
	});

	it('fits again once a settling layout ends, unless the user moved or the link has a zoom', () => {
		const settling = place({ settling: true, userChanges: 3 });
		expect(run([settling, { type: 'settled', userChanges: 3, urlZoom: false }]).actions).toEqual([
			'jump',
			'glide'
		]);
		expect(run([settling, { type: 'settled', userChanges: 4, urlZoom: false }]).actions).toEqual([
			'jump',
			'none'
		]);
		expect(run([settling, { type: 'settled', userChanges: 3, urlZoom: true }]).actions).toEqual([
			'jump',
			'none'
		]);
		// Only once.
		expect(
			run([
				settling,
				{ type: 'settled', userChanges: 3, urlZoom: false },
				{ type: 'settled', userChanges: 3, urlZoom: false }
			]).actions
		).toEqual(['jump', 'glide', 'none']);
	});
});
