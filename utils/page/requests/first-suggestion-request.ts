import { callBackground } from '../../messaging/page-background-client';
import type { FirstSuggestionResult } from '../../schemas/page-results';
import { BAR_SUGGESTION_COUNT } from '../bar/bar-keys';
import type { PageSession } from '../page-session';
import type { InsertPhrase } from '../phrase-insertion';
import { insertFirstSuggestion } from './insert-first-suggestion';

/**
 * Answers the `insertFirstSuggestion` page request (content script or demo page) with what the
 * in-page bar uses: the worker's `suggest` with the bar's limit, so the first phrase is the one
 * Alt+1 would insert, and the page's one insertion path.
 */
export function answerFirstSuggestionRequest(session: PageSession, insertPhrase: InsertPhrase): Promise<FirstSuggestionResult> {
  return insertFirstSuggestion({
    readThread: () => session.readThread(),
    suggest: (thread) => callBackground('suggest', { thread, limit: BAR_SUGGESTION_COUNT }),
    insertPhrase,
  });
}
