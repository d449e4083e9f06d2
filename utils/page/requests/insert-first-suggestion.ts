import type { FirstSuggestionResult, PageThread } from '../../schemas/page-results';
import type { SuggestResult } from '../../schemas/suggestion';
import type { Thread } from '../../schemas/thread';
import type { InsertPhrase } from '../phrase-insertion';

export interface FirstSuggestionDeps {
  readThread(): PageThread;
  suggest(thread: Thread): Promise<SuggestResult>;
  insertPhrase: InsertPhrase;
}

/**
 * The insert-first-suggestion shortcut on the page: asks for suggestions for the thread as it
 * is now (not whatever the bar showed a moment ago) and inserts the first one through the one
 * insertion path, as Alt+1 would. With no conversation or nothing to suggest it touches nothing
 * and says why.
 */
export async function insertFirstSuggestion({ readThread, suggest, insertPhrase }: FirstSuggestionDeps): Promise<FirstSuggestionResult> {
  const { thread } = readThread();
  if (!thread) return { ok: false, reason: 'no-chat' };
  const first = (await suggest(thread)).suggestions[0];
  if (!first) return { ok: false, reason: 'no-suggestion' };
  const result = await insertPhrase({ text: first.text, phraseUid: first.phraseUid, category: first.category }, { thread });
  if (!result?.ok) return { ok: false, reason: result?.reason ?? 'not-verified' };
  return { ok: true, phraseUid: first.phraseUid };
}
