/// <reference lib="webworker" />
/**
 * Validates the embedded dataset combined with the user's files off the main thread, reporting
 * progress as each table is read. Messages: in `WorkerRequest`, out `WorkerMessage`.
 */
import { locateIssue, mergeFiles, type UserFile } from '$lib/data/merge';
import type { DatasetFiles, ValidationResult } from '$lib/data/types';
import { validateAtlas } from '$lib/views/validate';

export interface WorkerRequest {
	embedded: DatasetFiles;
	user: UserFile[];
}

export type WorkerMessage =
	| { type: 'progress'; done: number; total: number; file: string }
	| { type: 'result'; result: ValidationResult };

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
	const post = (m: WorkerMessage) => (self as unknown as Worker).postMessage(m);
	const merged = mergeFiles(e.data.embedded, e.data.user);
	const result = validateAtlas(merged.files, (done, total, file) =>
		post({ type: 'progress', done, total, file })
	);
	const locate = (list: typeof result.warnings) => list.map((i) => locateIssue(i, merged.spans));
	if (result.ok) post({ type: 'result', result: { ...result, warnings: locate(result.warnings) } });
	else
		post({
			type: 'result',
			result: { ok: false, errors: locate(result.errors), warnings: locate(result.warnings) }
		});
};
