/** The dataset's hashed assets (scripts/vite-dataset-asset.ts). */
declare module 'virtual:atlas-dataset' {
	/** Their URLs, in the browser (empty on the server). */
	export const tablesUrl: string;
	export const observationsUrl: string;
	/** Their paths under the site's root, on the server of a production build (else null). */
	export const preloadFiles: { tables: string; observations: string } | null;
}
