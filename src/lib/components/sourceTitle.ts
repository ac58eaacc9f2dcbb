/**
 * A source's title as a reader wants it: without the file name a seed document's title carries
 * (`Seed 001 (001_79bd89aa8619ae61.txt): Digital Watch …` → `Seed 001: Digital Watch …`). Pure.
 */
const FILE_NAME = /\s*\([^()]*\.(?:txt|csv|md|json|pdf|html?)\)/gi;

export function readableTitle(title: string): string {
	return title.replace(FILE_NAME, '').trim() || title;
}
