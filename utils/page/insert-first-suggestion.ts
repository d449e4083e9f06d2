import type { FirstSuggestionResult, PageThread } from '../messaging/protocol';
import type { SuggestResult } from '../schemas/suggestion';
import type { Thread } from '../schemas/thread';
import type { SuggestionInsertion } from './suggestion-insertion';

export interface FirstSuggestionDeps {
  readThread(): PageThread;
  suggest(thread: Thread): Promise<SuggestResult>;
  insertion: SuggestionInsertion;
  /** A lost use count never stops an insertion the agent already sees. */
  onError(error: unknown): void;
}

/**
 * The insert-first-suggestion shortcut on the page: asks for suggestions for the thread as it
 * is now (not whatever the bar showed a moment ago) and inserts the first one through the bar's
 * own path. With no conversation or nothing to suggest it touches nothing and says why.
 */
export async function insertFirstSuggestion({ readThread, suggest, insertion, onError }: FirstSuggestionDeps): Promise<FirstSuggestionResult> {
  const { thread } = readThread();
  if (!thread) return { ok: false, reason: 'no-chat' };
  const first = (await suggest(thread)).suggestions[0];
  if (!first) return { ok: false, reason: 'no-suggestion' };
  const result = await insertion.insert(first, thread);
  if (!result.ok) return { ok: false, reason: result.reason ?? 'not-verified' };
  await insertion.recordInsertion(first).catch(onError);
  return { ok: true, phraseUid: first.phraseUid };
}
