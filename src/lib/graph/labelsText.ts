/**
 * What each node's label says: targets by their framework's short name and code ("Connect 2030 ·
 * 1.2"), goals with the framework's short name, the top of the structure (ITU, its governing
 * bodies, Sectors, Secretariat, bureaux) in full on up to three lines, and every other name
 * shortened so that no two nodes end up with the same text. Short names come from the data's
 * aliases only. Pure; computed once per graph.
 */
import { shorten } from './labels';
import type { Graph } from './model';

/** Node types labelled in full at the default zoom (the structure's top). */
export const TOP_TYPES = new Set([
	'organisation',
	'governing_body',
	'sector',
	'secretariat',
	'bureau'
]);

/**
 * Word-wraps `text` into lines of at most `width` characters, at most `lines` of them (the last one
 * shortened with an ellipsis when the text does not fit). A word longer than a line is cut.
 */
export function wrapLabel(text: string, width: number, lines = 2): string[] {
	const out: string[] = [];
	let line = '';
	const words = text.split(/\s+/).filter(Boolean);
	for (let k = 0; k < words.length; k++) {
		const w = words[k]!;
		const next = line ? `${line} ${w}` : w;
		if (next.length <= width || !line) {
			line = next;
			continue;
		}
		out.push(line);
		line = w;
		if (out.length === lines - 1) {
			line = words.slice(k).join(' ');
			break;
		}
	}
	if (line) out.push(line);
	return out.map((l) => shorten(l, width));
}

const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []);

/** A framework's short name: its shortest alias that shares a word with its name, else its name. */
export function shortName(name: string, aliases: readonly string[]): string {
	const own = words(name);
	const fit = aliases
		.filter((a) => a.length < name.length && [...words(a)].some((w) => own.has(w)))
		.sort((a, b) => a.length - b.length || a.localeCompare(b));
	return fit[0] ?? name;
}

/** The framework a target or goal belongs to (through `target_of` / `goal_of`), or -1. */
function frameworkOf(g: Graph, i: number, depth = 0): number {
	for (const k of g.incident[i]!) {
		const l = g.links[k]!;
		if (l.source !== i || (l.type !== 'target_of' && l.type !== 'goal_of')) continue;
		const t = g.nodes[l.target]!;
		if (t.kind === 'framework') return l.target;
		if (t.kind === 'goal' && depth < 2) {
			const f = frameworkOf(g, l.target, depth + 1);
			if (f >= 0) return f;
		}
	}
	return -1;
}

/** Each node's label before shortening: codes for targets, short framework names for goals. */
export function baseLabels(g: Graph): string[] {
	return g.nodes.map((n, i) => {
		if (n.kind !== 'target' && n.kind !== 'goal') return n.name;
		const f = frameworkOf(g, i);
		if (f < 0) return n.name;
		const fw = g.nodes[f]!;
		const short = shortName(fw.name, fw.aliases);
		if (n.kind === 'target') {
			const code =
				n.aliases.find((a) => a.length <= 8) ?? /\btarget\s+(\S+)$/i.exec(n.name)?.[1] ?? null;
			if (code) return `${short} · ${code}`;
		}
		return n.name.startsWith(fw.name) ? short + n.name.slice(fw.name.length) : n.name;
	});
}

/**
 * Shortens every text to `max` characters, then tells apart those that came out the same: on two
 * lines first, else keeping the end that differs ("Telecommunication… Bureau"). Lines are joined
 * with "\n". Texts that are equal in full stay equal.
 */
export function distinctLabels(texts: readonly string[], max = 28): string[] {
	const out = texts.map((t) => shorten(t, max));
	const groups = new Map<string, number[]>();
	out.forEach((t, i) => {
		const list = groups.get(t);
		if (list) list.push(i);
		else groups.set(t, [i]);
	});
	for (const list of groups.values()) {
		const full = new Set(list.map((i) => texts[i]!));
		if (list.length < 2 || full.size < 2) continue;
		const wrapped = list.map((i) => wrapLabel(texts[i]!, max, 2).join('\n'));
		if (new Set(wrapped).size === list.length) {
			list.forEach((i, k) => (out[i] = wrapped[k]!));
			continue;
		}
		for (const i of list)
			out[i] = keepEnd(
				texts[i]!,
				list.map((j) => texts[j]!),
				max
			);
	}
	return out;
}

/** The text's start and the shortest end (whole words) that no other of `group` ends with. */
function keepEnd(text: string, group: string[], max: number): string {
	if (text.length <= max * 2) return wrapLabel(text, max, 2).join('\n');
	const parts = text.split(' ');
	for (let k = parts.length - 1; k > 0; k--) {
		const tail = parts.slice(k).join(' ');
		if (group.filter((t) => t !== text).every((t) => !t.endsWith(tail)))
			return `${shorten(text, max)}\n…${shorten(tail, max - 1)}`;
	}
	return wrapLabel(text, max, 2).join('\n');
}

/**
 * A name too long for `max` characters, led by its short form from the data where it has one
 * ("WRC · World Radiocommunication Co…"): the short form survives the cut. Otherwise the name.
 */
export function withAlias(name: string, aliases: readonly string[], max: number): string {
	if (name.length <= max) return name;
	const short = aliases.find(
		(a) => a.length <= 10 && /[A-Z]/.test(a) && !name.startsWith(a) && !a.includes(' ')
	);
	return short ? `${short} · ${name}` : name;
}

export interface NodeLabels {
	/** The label at any zoom (unforced); may hold two or three lines. */
	short: string[];
	/** The label of the selected, hovered or focused node and its neighbours: up to two lines. */
	long: string[];
	/** 1 for the structure's top nodes (labelled first, in full). */
	top: Uint8Array;
}

const cache = new WeakMap<Graph, NodeLabels>();

/** Every node's labels (see the module comment), computed once per graph. */
export function nodeLabels(g: Graph): NodeLabels {
	let l = cache.get(g);
	if (l) return l;
	const base = baseLabels(g);
	const top = Uint8Array.from(g.nodes, (n) => (TOP_TYPES.has(n.type) ? 1 : 0));
	const short = distinctLabels(
		base.map((t, i) => withAlias(t, g.nodes[i]!.aliases, 28)),
		28
	).map((t, i) => (top[i] ? wrapLabel(base[i]!, 24, 3).join('\n') : t));
	const long = distinctLabels(base, 36).map((t, i) =>
		t.includes('\n') ? t : wrapLabel(base[i]!, 36, 2).join('\n')
	);
	cache.set(g, (l = { short, long, top }));
	return l;
}
