/**
 * Type-ahead search over node names, aliases and ids, shared by every view. Ranking: an exact name or
 * alias, then a prefix, then a word prefix, then a substring; ties by importance, then name.
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

const fold = (s: string) =>
	s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.trim();

function scoreText(text: string, q: string): number {
	const t = fold(text);
	if (t === q) return 100;
	if (t.startsWith(q)) return 80;
	if (new RegExp(`(^|[^a-z0-9])${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(t)) return 60;
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
