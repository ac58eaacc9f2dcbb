import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { getLocale } from '$lib/i18n';
import { loadMessages } from '$lib/i18n/messages';

/** Before the app starts: the messages of the page's language (one chunk, see $lib/i18n/messages). */
export const init: ClientInit = () => loadMessages(getLocale());

/**
 * Errors while loading a page in the browser: the error page (`+error.svelte`) shows them with
 * their detail. An unknown address is not a fault of the app, so it is not logged as one.
 */
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
