/** The URLs of the dataset's hashed assets (scripts/vite-dataset-asset.ts); empty on the server. */
declare module 'virtual:atlas-dataset' {
	export const tablesUrl: string;
	export const observationsUrl: string;
}
