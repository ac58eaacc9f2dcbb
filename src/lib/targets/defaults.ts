/**
 * The framework the Targets page shows without `fw` in the URL. On its own so that links to the
 * page (every page has them) do not load the status code.
 */
export const DEFAULT_FRAMEWORK = 'connect-2030';
