/** When the browser cannot store decks, the page says so and offers them as a CSV download. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { decksFromCsv } from '$lib/briefing/userDecks';
import type { SaveProblem } from '$lib/state/idb';
import type { Dataset } from '$lib/data/types';

const storage = vi.hoisted(() => ({ problem: undefined as SaveProblem | undefined }));
vi.mock('$lib/state/idb', async (original) => ({
	...(await original<typeof import('$lib/state/idb')>()),
	idbGet: async () => undefined,
	idbSave: async () => storage.problem
}));
const downloads = vi.hoisted(() => [] as { blob: Blob; name: string }[]);
vi.mock('$lib/export/files', () => ({
	download: (blob: Blob, name: string) => downloads.push({ blob, name })
}));

const { userDecks } = await import('$lib/state/userDecks.svelte');
const { default: MyDecks } = await import('../../../src/routes/present/MyDecks.svelte');

const dataset = { nodes: [], targets: [], frameworks: [] } as unknown as Dataset;
const step = {
	title: 'ITU at a glance',
	notes: '=1+1 is not a formula here',
	view: 'graph',
	state: 'v=1'
} as const;

beforeEach(() => {
	userDecks.decks = [];
	downloads.length = 0;
});

describe('MyDecks with storage that fails', () => {
	it.each([
		[
			'full',
			'Not saved: this browser’s storage for ITU Atlas is full, so your decks will be gone after a reload.'
		],
		[
			'unavailable',
			'Not saved: this browser does not let ITU Atlas store data (private browsing, or storage is blocked), so your decks will be gone after a reload.'
		]
	] as const)(
		'says so when storage is %s, and the download keeps every step',
		async (problem, text) => {
			storage.problem = problem;
			render(MyDecks, { dataset });
			await userDecks.addToLatest({ ...step });
			await userDecks.saved();
			const alert = await screen.findByRole('alert');
			expect(alert).toHaveTextContent(text);
			await fireEvent.click(screen.getByRole('button', { name: 'Download my decks (CSV)' }));
			expect(downloads.map((d) => d.name)).toEqual(['my-decks.csv']);
			const csv = await downloads[0]!.blob.text();
			expect(decksFromCsv(csv)).toEqual({ ok: true, decks: plain(userDecks.decks) });
		}
	);

	it('shows nothing when the decks are stored', async () => {
		storage.problem = undefined;
		render(MyDecks, { dataset });
		await userDecks.addToLatest({ ...step });
		await userDecks.saved();
		expect(screen.queryByRole('alert')).toBeNull();
	});
});

/** A plain copy of the decks (they are reactive proxies). */
function plain<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}
