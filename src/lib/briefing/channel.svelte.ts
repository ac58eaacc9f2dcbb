/**
 * The present channel in a component: opened on mount, closed on destroy. Messages that are not
 * well-formed present messages are dropped. Browsers without `BroadcastChannel` simply do not sync.
 */
import { onMount } from 'svelte';
import { PRESENT_CHANNEL, parseMessage, type PresentMessage } from './sync';

export class PresentChannel {
	#channel: BroadcastChannel | null = null;

	/**
	 * Call during component initialisation; `onMessage` gets each valid message from other windows.
	 * `greeting` is sent once the channel opens (the presenter's `hello`).
	 */
	constructor(onMessage: (msg: PresentMessage) => void, greeting?: PresentMessage) {
		onMount(() => {
			if (typeof BroadcastChannel === 'undefined') return;
			const channel = new BroadcastChannel(PRESENT_CHANNEL);
			channel.onmessage = (e: MessageEvent) => {
				const msg = parseMessage(e.data);
				if (msg) onMessage(msg);
			};
			this.#channel = channel;
			if (greeting) channel.postMessage(greeting);
			return () => {
				channel.close();
				this.#channel = null;
			};
		});
	}

	/** Sends `msg` to the other windows (not to this one); a no-op before mount. */
	post(msg: PresentMessage): void {
		this.#channel?.postMessage(msg);
	}
}
