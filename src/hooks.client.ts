import type { HandleClientError } from '@sveltejs/kit';

/**
 * Errors while loading a page in the browser: the error page (`+error.svelte`) shows them with
 * their detail. An unknown address is not a fault of the app, so it is not logged as one.
 */
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
