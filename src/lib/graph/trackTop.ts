/**
 * Keeps `--top` on an element: its distance from the top of the document, so CSS can end it at the
 * bottom of the first screen (`height: calc(100dvh - var(--top) - 1rem)`) whatever sits above it.
 * Re-measured when the page or the window changes size; the caller attaches it again when
 * presenting or projector mode toggles (read from the view store, not from the DOM). Returns
 * the cleanup (for an `$effect` or an attachment).
 */
export function trackTop(el: HTMLElement): () => void {
	let raf = 0;
	const measure = () => {
		raf = 0;
		const top = Math.round(el.getBoundingClientRect().top + scrollY);
		el.style.setProperty('--top', `${top}px`);
	};
	const later = () => (raf ||= requestAnimationFrame(measure));
	measure();
	const resize = new ResizeObserver(later);
	resize.observe(document.body);
	addEventListener('resize', later);
	return () => {
		resize.disconnect();
		removeEventListener('resize', later);
		cancelAnimationFrame(raf);
	};
}
