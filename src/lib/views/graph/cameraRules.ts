/**
 * The graph camera's rules, as a pure reducer: when the camera is first placed, when a change of
 * the view state moves it (a briefing step, "Back to step", the browser's history) and when it
 * does not (the page's own writes: the user's zoom, a click), and when a layout that was still
 * settling earns a second fit. `GraphScene` feeds it events and carries out its actions.
 */

export interface CameraRules {
	/** The view has been placed once (size, positions and URL known). */
	placed: boolean;
	/** Camera key of the state the camera last went to. */
	shown: string;
	/** Camera key of the page's own last URL write (the camera does not follow it). */
	own: string | null;
	/** The user's change count when a refit was asked for once the layout settles; -1 for none. */
	refit: number;
}

export const INITIAL_CAMERA: CameraRules = { placed: false, shown: '', own: null, refit: -1 };

export type CameraEvent =
	/** Try to place the view (size, positions or URL just became known). */
	| {
			type: 'place';
			key: string;
			ready: boolean;
			hasSize: boolean;
			hasPositions: boolean;
			settling: boolean;
			userChanges: number;
	  }
	/** The page writes a change into the URL itself. */
	| { type: 'write'; key: string }
	/** The view state's camera key is now `key`. */
	| { type: 'state'; key: string; settling: boolean; userChanges: number }
	/** The layout stopped settling. */
	| { type: 'settled'; userChanges: number; urlZoom: boolean };

/** `jump`: go to the state's camera at once; `glide`: animate there (unless reduced motion). */
export type CameraAction = 'none' | 'jump' | 'glide';

/** The next rules and what the camera does for `e`. */
export function cameraStep(
	s: CameraRules,
	e: CameraEvent
): { rules: CameraRules; action: CameraAction } {
	switch (e.type) {
		case 'place':
			if (s.placed || !e.ready || !e.hasSize || !e.hasPositions)
				return { rules: s, action: 'none' };
			return {
				rules: { ...s, placed: true, shown: e.key, refit: e.settling ? e.userChanges : -1 },
				action: 'jump'
			};
		case 'write':
			return { rules: e.key !== s.shown ? { ...s, own: e.key } : s, action: 'none' };
		case 'state':
			if (!s.placed || e.key === s.shown) return { rules: s, action: 'none' };
			if (e.key === s.own) return { rules: { ...s, shown: e.key, own: null }, action: 'none' };
			return {
				rules: { ...s, shown: e.key, own: null, refit: e.settling ? e.userChanges : -1 },
				action: 'glide'
			};
		case 'settled': {
			const glide = s.refit >= 0 && s.refit === e.userChanges && !e.urlZoom;
			return { rules: { ...s, refit: -1 }, action: glide ? 'glide' : 'none' };
		}
	}
}
