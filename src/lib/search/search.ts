/**
 * Type-ahead search over names, aliases and ids, shared by every view (the graph's search box, the
 * command palette). Text and query are folded (case, accents) and punctuation counts as a space, so
 * "itu d" is "ITU-D". Ranking: an exact name or alias, then a prefix, then a word prefix, then every
 * query word starting a word of the text (in any order), then a substring; ties by weight, then name.
 */

export interface Searchable {
	id: string;
	name: string;
	aliases: string[];
	type: string;
}

export interface SearchHit<T extends Searchable = Searchable> {
	item: T;
	/** The alias that matched, when it was not the name. */
	via?: string;
	score: number;
}

/** Lower case, no accents, every run of punctuation or space one space, trimmed. */
const fold = (s: string) =>
	s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/** Every query word starts a different word of the text (words in any order). */
function wordsMatch(text: string, q: string): boolean {
	const words = text.split(' ');
	const used = new Set<number>();
	return q.split(' ').every((w) => {
		const i = words.findIndex((t, k) => !used.has(k) && t.startsWith(w));
		if (i < 0) return false;
		used.add(i);
		return true;
	});
}

function scoreText(text: string, q: string): number {
	const t = fold(text);
	if (t === q) return 100;
	if (t.startsWith(q)) return 80;
	if (` ${t}`.includes(` ${q}`)) return 60;
	if (q.includes(' ') && wordsMatch(t, q)) return 45;
	if (t.includes(q)) return 30;
	return 0;
}

/**
 * The best `limit` matches for `query` (case and accents ignored). `weight` breaks ties, e.g. a node's
 * degree, so "WSIS" lists the Summit before a minor page that mentions it.
 */
export function search<T extends Searchable>(
	items: readonly T[],
	query: string,
	limit = 10,
	weight: (item: T) => number = () => 0
): SearchHit<T>[] {
	const q = fold(query);
	if (!q) return [];
	const hits: SearchHit<T>[] = [];
	for (const item of items) {
		let best = scoreText(item.name, q);
		let via: string | undefined;
		for (const a of item.aliases) {
			const s = scoreText(a, q);
			if (s > best) {
				best = s;
				via = a;
			}
		}
		const idScore = fold(item.id) === q ? 90 : 0;
		if (idScore > best) {
			best = idScore;
			via = undefined;
		}
		if (best > 0) hits.push({ item, via, score: best });
	}
	return hits
		.sort(
			(a, b) =>
				b.score - a.score ||
				weight(b.item) - weight(a.item) ||
				a.item.name.localeCompare(b.item.name)
		)
		.slice(0, limit);
}
