/**
 * Whether motion is turned down: the reader asked for reduced motion, or projector mode is on
 * (`data-projector` on <html>: animations on a projector blur and distract the room). Every
 * animated path (camera flights, glides, cross-fades) asks this one function; app.css turns CSS
 * transitions and animations down under the same two conditions.
 */
export function reducedMotion(): boolean {
	const asked =
		typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
	const projector =
		typeof document !== 'undefined' && document.documentElement.hasAttribute('data-projector');
	return asked || projector;
}
