import { createBackgroundCaller } from './background-caller';
import { backgroundChannel } from './background-messenger';

export { InvalidBackgroundAnswerError } from './background-caller';

/**
 * Asks the background service worker (from the popup, the demo page or the options page) and
 * returns its parsed answer. Rejects with the worker's error when it refused the request, e.g.
 * InvalidBackgroundRequestError for malformed data. A chat page's content script asks with
 * page-background-client.ts instead.
 */
export const callBackground = createBackgroundCaller(backgroundChannel);
