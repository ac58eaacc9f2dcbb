/**
 * Which stretch of a tall plot is on or near the screen, in plot pixels (the lanes outside it are
 * not drawn): follows the page's scroll and any box scrolled inside it, in 300 px steps so
 * scrolling rarely changes what is drawn. While the page is printed, everything is "near".
 */
export class NearScreen {
	/** From and to, in pixels from the top of the lanes. */
	range = $state.raw<[number, number]>([0, 1600]);
	/** The page is being printed (or shown as print media): draw every lane. */
	printing = $state(false);

	/** Whether the lanes from `y0` to `y1` (pixels from the top of the lanes) are to be drawn. */
	near(y0: number, y1: number): boolean {
		return this.printing || (y1 >= this.range[0] && y0 <= this.range[1]);
	}

	/** Watches `el`, whose lanes start `offset` pixels below its top; returns the cleanup. */
	watch(el: HTMLElement, offset: number): () => void {
		let raf = 0;
		let last = NaN;
		const update = () => {
			raf = 0;
			const top = Math.floor((el.getBoundingClientRect().top + offset) / 300) * 300;
			if (top !== last) this.range = [-top - 600, -top + innerHeight + 600];
			last = top;
		};
		const later = () => (raf ||= requestAnimationFrame(update));
		update();
		const print = typeof matchMedia === 'function' ? matchMedia('print') : null;
		const media = () => (this.printing = !!print?.matches);
		const before = () => (this.printing = true);
		media();
		print?.addEventListener('change', media);
		addEventListener('beforeprint', before);
		addEventListener('afterprint', media);
		// Captured: a scroll inside a box (the plot's box while presenting) counts too.
		addEventListener('scroll', later, { passive: true, capture: true });
		addEventListener('resize', later);
		return () => {
			removeEventListener('scroll', later, { capture: true });
			removeEventListener('resize', later);
			print?.removeEventListener('change', media);
			removeEventListener('beforeprint', before);
			removeEventListener('afterprint', media);
			cancelAnimationFrame(raf);
		};
	}
}
