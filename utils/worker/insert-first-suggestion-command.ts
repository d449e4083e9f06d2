import type { FirstSuggestionResult } from '../schemas/page-results';

/** What the worker needs from the browser and the page (faked in tests). */
export interface CommandDeps {
  /** The tab the agent is looking at, when the browser did not pass one with the command. */
  activeTabId(): Promise<number | undefined>;
  /** `callPage(tabId, 'insertFirstSuggestion')`: content script first, then the demo page's bridge. */
  askPage(tabId: number): Promise<FirstSuggestionResult>;
  /** For the error log: never thrown at the browser, which would only print it. */
  onError(error: unknown): void;
}

/** Why the shortcut did nothing, beyond the page's own reasons. */
export type CommandOutcome = FirstSuggestionResult | { ok: false; reason: 'no-tab' | 'no-chat-page' | 'failed' };

/**
 * The insert-first-suggestion shortcut, in the worker: asks the page in the agent's tab to insert
 * its first suggestion. A tab that is no chat page, or no tab at all, is a quiet no-op: the agent
 * pressed a key on the wrong page, which is not an error worth a log line.
 */
export async function runInsertFirstSuggestion(tabId: number | undefined, deps: CommandDeps): Promise<CommandOutcome> {
  try {
    const target = tabId ?? (await deps.activeTabId());
    if (target === undefined) return { ok: false, reason: 'no-tab' };
    return await deps.askPage(target);
  } catch (error) {
    if (error instanceof Error && error.name === 'NoChatPageError') return { ok: false, reason: 'no-chat-page' };
    deps.onError(error);
    return { ok: false, reason: 'failed' };
  }
}
