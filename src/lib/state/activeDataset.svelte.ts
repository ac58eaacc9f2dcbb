/**
 * Which dataset the app shows: the embedded one, or the embedded one combined with CSV files the
 * user dropped on the Data page. The user's files stay in this browser (IndexedDB) until removed;
 * they are validated off the main thread, and never sent anywhere.
 */
import { resolve } from '$app/paths';
import type { UserFile } from '$lib/data/merge';
import { TABLE_FILES, type DataIssue, type Dataset, type DatasetFiles } from '$lib/data/types';
import type { WorkerMessage, WorkerRequest } from '$lib/state/validate.worker';
import ValidateWorker from '$lib/state/validate.worker?worker';
import { idbGet, idbSave, type SaveProblem } from './idb';

const KEY = 'user-files';

export type Phase = 'embedded' | 'validating' | 'user' | 'invalid';

class ActiveDataset {
	/** The user's files, in the order they apply. */
	files = $state.raw<UserFile[]>([]);
	phase = $state<Phase>('embedded');
	progress = $state.raw({ done: 0, total: 0, file: '' });
	/** The combined model while the user's files are valid; null means "use the embedded one". */
	model = $state.raw<Dataset | null>(null);
	errors = $state.raw<DataIssue[]>([]);
	warnings = $state.raw<DataIssue[]>([]);
	/** Why the browser did not store the files (they then last for this page only), if it did not. */
	saveProblem = $state<SaveProblem | undefined>(undefined);

	#worker: Worker | null = null;
	#embedded: Promise<DatasetFiles> | null = null;
	#restored = false;

	/** Reloads the files saved in this browser, once per page load. */
	async restore() {
		if (this.#restored) return;
		this.#restored = true;
		const saved = await idbGet<UserFile[]>(KEY);
		if (saved?.length) {
			this.files = saved;
			await this.#validate();
		}
	}

	/** Adds files (a file with the same name replaces the earlier one) and revalidates. */
	async add(list: UserFile[]) {
		const names = new Set(list.map((f) => f.name));
		await this.#set([...this.files.filter((f) => !names.has(f.name)), ...list]);
	}

	async update(name: string, patch: Partial<Pick<UserFile, 'table' | 'mode'>>) {
		await this.#set(this.files.map((f) => (f.name === name ? { ...f, ...patch } : f)));
	}

	async remove(name: string) {
		await this.#set(this.files.filter((f) => f.name !== name));
	}

	/** Back to the embedded dataset: forgets every user file. */
	async clear() {
		await this.#set([]);
	}

	async #set(files: UserFile[]) {
		this.files = files;
		// Stored while the files are checked: the page shows "Checking…" at once, never a stale result.
		const stored = idbSave(KEY, $state.snapshot(files)).then((p) => (this.saveProblem = p));
		if (files.length) await this.#validate();
		else {
			this.#worker?.terminate();
			this.model = null;
			this.errors = [];
			this.warnings = [];
			this.phase = 'embedded';
		}
		await stored;
	}

	#loadEmbedded(): Promise<DatasetFiles> {
		this.#embedded ??= Promise.all(
			TABLE_FILES.map(async (file) => {
				const url = resolve('/data/[table].csv', { table: file.replace(/\.csv$/, '') });
				const res = await fetch(url);
				return [file, res.ok ? await res.text() : undefined] as const;
			})
		).then((pairs) => Object.fromEntries(pairs.filter(([, t]) => t !== undefined)) as DatasetFiles);
		return this.#embedded;
	}

	async #validate() {
		this.#worker?.terminate();
		this.phase = 'validating';
		this.progress = { done: 0, total: TABLE_FILES.length, file: '' };
		const embedded = await this.#loadEmbedded();
		const worker = new ValidateWorker();
		this.#worker = worker;
		await new Promise<void>((done) => {
			worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
				const m = e.data;
				if (m.type === 'progress') {
					this.progress = { done: m.done, total: m.total, file: m.file };
					return;
				}
				this.warnings = m.result.warnings;
				if (m.result.ok) {
					this.model = m.result.model;
					this.errors = [];
					this.phase = 'user';
				} else {
					this.model = null;
					this.errors = m.result.errors;
					this.phase = 'invalid';
				}
				worker.terminate();
				done();
			};
			worker.onerror = () => {
				this.errors = [
					{
						file: '(all files)',
						message: 'The check stopped unexpectedly: please reload the page.',
						severity: 'error'
					}
				];
				this.phase = 'invalid';
				done();
			};
			const request: WorkerRequest = { embedded, user: $state.snapshot(this.files) };
			worker.postMessage(request);
		});
	}
}

export const activeDataset = new ActiveDataset();

/** The dataset every view should show: the user's combined data when valid, else the embedded. */
export function currentDataset(embedded: Dataset): Dataset {
	return activeDataset.model ?? embedded;
}
