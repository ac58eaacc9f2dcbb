/**
 * Saving what a view exports: a blob downloaded under a file name, and an SVG document rasterised
 * to PNG. Browser-only; shared by every export button (graph, timeline, targets, decks).
 */

/** Starts a download of `blob` as `name`. */
export function download(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Renders SVG text to a PNG blob at `scale` times its size. */
export async function svgToPng(text: string, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		await new Promise((ok, fail) => {
			img.onload = ok;
			img.onerror = fail;
			img.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = img.width * scale;
		canvas.height = img.height * scale;
		const ctx = canvas.getContext('2d')!;
		ctx.scale(scale, scale);
		ctx.drawImage(img, 0, 0);
		return await new Promise<Blob>((ok, fail) =>
			canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG export failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
