/** A QR code as one SVG path: dark modules, with each row's runs of dark modules merged. */
import { encode } from 'uqr';

export interface QrPicture {
	/** Modules per side, quiet zone included. */
	size: number;
	/** Path data in module units (a `viewBox` of `0 0 size size`). */
	d: string;
}

/** The path of a module matrix (`true` = dark): one rectangle per horizontal run of dark modules. */
export function qrPath(data: readonly (readonly boolean[])[]): string {
	const out: string[] = [];
	data.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x++;
			out.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
		}
	});
	return out.join('');
}

/** The QR code of `text` (error correction M, a four-module quiet zone as the standard asks). */
export function qrPicture(text: string): QrPicture {
	const { size, data } = encode(text, { ecc: 'M', border: 4 });
	return { size, d: qrPath(data) };
}
