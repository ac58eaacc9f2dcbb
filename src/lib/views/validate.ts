/**
 * The app's whole check of a dataset: `validateDataset` (the data layer) plus the check of
 * briefing steps against the views. Used by `npm run validate`, the build (Vite plugin), the
 * browser's worker and the server's embedded dataset. Pure; relative imports only (see `url.ts`).
 */
import { validateDataset, type ProgressCallback } from '../data/validate';
import type { DatasetFiles, ValidationResult } from '../data/types';
import { briefingStepCheck } from './steps';

export { formatIssue, formatIssues, REQUIRED_TABLES } from '../data/validate';

/** Validates `files` (see `validateDataset`) with the check of briefing steps. Never throws. */
export function validateAtlas(
	files: DatasetFiles,
	onProgress?: ProgressCallback
): ValidationResult {
	return validateDataset(files, onProgress, [briefingStepCheck]);
}
