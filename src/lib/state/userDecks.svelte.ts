/**
 * The user's own decks, kept in IndexedDB under `user-decks`: restored by `load()` (call on mount)
 * and saved after every change. Changes made before the saved decks are read are applied on top
 * of them, so nothing is lost by a click during start-up.
 */
import * as ops from '$lib/briefing/deckOps';
import type { UserDeck, UserStep } from '$lib/briefing/deckOps';
import { idbGet, idbSave, type SaveProblem } from './idb';

const KEY = 'user-decks';

/** The last deleted step, for "Undo". */
export interface Deleted {
	deckId: string;
	step: UserStep;
	index: number;
}

class UserDecks {
	decks = $state<UserDeck[]>([]);
	loaded = $state(false);
	deleted = $state<Deleted | undefined>(undefined);
	/** Why the last change could not be stored (then the page offers the CSV download). */
	saveProblem = $state<SaveProblem | undefined>(undefined);
	#loading: Promise<void> | undefined;

	load(): Promise<void> {
		this.#loading ??= idbGet<UserDeck[]>(KEY).then((saved) => {
			if (Array.isArray(saved)) {
				const ids = new Set(this.decks.map((d) => d.id));
				this.decks = [...saved.filter((d) => !ids.has(d.id)), ...this.decks];
			}
			this.loaded = true;
		});
		return this.#loading;
	}

	#saving = Promise.resolve();

	#set(decks: UserDeck[]) {
		this.decks = decks;
		const snapshot = $state.snapshot(decks);
		// In order, so an older save never reports after a newer one.
		this.#saving = this.#saving.then(async () => {
			this.saveProblem = await idbSave(KEY, snapshot);
		});
	}

	/** Resolves once every change so far has been stored (or failed to be). */
	saved(): Promise<void> {
		return this.#saving;
	}

	#edit(id: string, change: (deck: UserDeck) => UserDeck) {
		this.#set(this.decks.map((d) => (d.id === id ? change(d) : d)));
	}

	create(title = 'My deck'): UserDeck {
		const deck = {
			id: ops.deckId(
				title,
				this.decks.map((d) => d.id)
			),
			title,
			steps: []
		};
		this.#set([...this.decks, deck]);
		return deck;
	}

	/** Appends a step to the most recent deck, creating "My deck" if there is none. */
	async addToLatest(step: UserStep): Promise<UserDeck> {
		await this.load();
		const deck = this.decks.at(-1) ?? this.create();
		this.#edit(deck.id, (d) => ops.addStep(d, step));
		return deck;
	}

	rename(id: string, title: string) {
		this.#edit(id, (d) => ({ ...d, title }));
	}

	update(id: string, index: number, patch: Partial<UserStep>) {
		this.#edit(id, (d) => ops.updateStep(d, index, patch));
	}

	move(id: string, from: number, to: number) {
		this.#edit(id, (d) => ops.moveStep(d, from, to));
	}

	remove(id: string, index: number) {
		const deck = this.decks.find((d) => d.id === id);
		const removed = deck && ops.removeStep(deck, index);
		if (!removed) return;
		this.deleted = { deckId: id, step: removed.step, index: removed.index };
		this.#edit(id, () => removed.deck);
	}

	undo() {
		const del = this.deleted;
		if (!del) return;
		this.deleted = undefined;
		this.#edit(del.deckId, (d) => ops.restoreStep(d, del.step, del.index));
	}

	deleteDeck(id: string) {
		this.#set(this.decks.filter((d) => d.id !== id));
	}

	/** Adds imported decks; a deck whose id is taken gets a fresh one. */
	import(decks: UserDeck[]) {
		const taken = this.decks.map((d) => d.id);
		const fresh = decks.map((d) => {
			const id = ops.deckId(d.id, taken);
			taken.push(id);
			return { ...d, id };
		});
		this.#set([...this.decks, ...fresh]);
	}
}

export const userDecks = new UserDecks();
