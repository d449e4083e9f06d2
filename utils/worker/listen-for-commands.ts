import { browser } from 'wxt/browser';
import { recordCaughtError } from '../diagnostics/install-error-log';
import { callPage } from '../messaging/page-client';
import { INSERT_FIRST_SUGGESTION_COMMAND, OPEN_LONGEST_WAITING_COMMAND } from '../schemas/command-names';
import { runInsertFirstSuggestion, type CommandDeps, type CommandOutcome } from './insert-first-suggestion-command';
import { waitingQueue, type WaitingQueueService } from './waiting-queue-service';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

const browserDeps: CommandDeps = {
  activeTabId,
  askPage: (tabId) => callPage(tabId, 'insertFirstSuggestion'),
  onError: (error) => recordCaughtError('background', error, 'insert-first-suggestion'),
};

/** What the insert-first-suggestion shortcut does in the tab the browser named (else the active one). */
export function insertFirstSuggestionInTab(tabId?: number): Promise<CommandOutcome> {
  return runInsertFirstSuggestion(tabId, browserDeps);
}

/**
 * The worker's keyboard commands: insert the first suggestion, open the longest-waiting buyer
 * (the waiting queue's own `open`, which the page's Alt+W reaches too). Must be called
 * synchronously while the worker starts: a shortcut wakes a stopped worker and is delivered only
 * to listeners that exist by then.
 * (Opening the popup, `_execute_action`, is the browser's own and never reaches us.)
 */
export function listenForCommands(queue: Pick<WaitingQueueService, 'open'> = waitingQueue): void {
  // Firefox for Android (gecko_android in the manifest) has no keyboard commands at all.
  if (!browser.commands?.onCommand) return;
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === INSERT_FIRST_SUGGESTION_COMMAND) void insertFirstSuggestionInTab(tab?.id);
    // Whatever tab is in front: the longest-waiting buyer's tab comes up instead (as Alt+W on a chat page).
    if (command === OPEN_LONGEST_WAITING_COMMAND) void queue.open();
  });
}
