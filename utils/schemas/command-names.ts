/**
 * The extension's keyboard commands, shared by the manifest (wxt.config.ts), the worker that
 * answers them and the options page that lists them. Imports nothing: wxt.config.ts loads it.
 */

/** Puts the first suggestion for the open conversation into the reply box. */
export const INSERT_FIRST_SUGGESTION_COMMAND = 'insert-first-suggestion';

/** The toolbar button's command: `_execute_action` in MV3, `_execute_browser_action` in Firefox's MV2. */
export const OPEN_POPUP_COMMANDS: readonly string[] = ['_execute_action', '_execute_browser_action'];

/**
 * Activates the tab and window of the buyer who has waited longest and opens that conversation
 * (utils/worker/, the waiting queue). `Alt+W` on a chat page does the same through the page.
 */
export const OPEN_LONGEST_WAITING_COMMAND = 'open-longest-waiting';
