import { createBackgroundCaller } from './background-caller';
import { backgroundRequestsFromPages } from './page-protocol';
import { defineTypedMessenger } from './typed-messenger';

/**
 * `callBackground` (background-client.ts) for the requests a chat page sends: the content
 * script bundles their schemas only, not those of every request in the protocol.
 */
export const callBackground = createBackgroundCaller(defineTypedMessenger(backgroundRequestsFromPages));
