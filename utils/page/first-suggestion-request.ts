import { callBackground } from '../messaging/background-client';
import type { FirstSuggestionResult } from '../messaging/protocol';
import { loadSettings } from '../settings/settings-store';
import type { OutcomeReporter } from '../usage/observe-insertion-outcome';
import { BAR_SUGGESTION_COUNT } from './bar/bar-keys';
import { insertFirstSuggestion } from './insert-first-suggestion';
import type { PageSession } from './page-session';
import { logQuietly } from './quiet-errors';
import { createSuggestionInsertion } from './suggestion-insertion';

/**
 * Answers the `insertFirstSuggestion` page request (content script or demo page) with the same
 * pieces the in-page bar uses: the worker's `suggest` with the bar's limit, so the first phrase
 * is the one Alt+1 would insert, and the bar's insertion path.
 */
export function answerFirstSuggestionRequest(
  session: PageSession,
  outcomes: Pick<OutcomeReporter, 'watch'> | undefined,
): Promise<FirstSuggestionResult> {
  return insertFirstSuggestion({
    readThread: () => session.readThread(),
    suggest: (thread) => callBackground('suggest', { thread, limit: BAR_SUGGESTION_COUNT }),
    insertion: createSuggestionInsertion({
      insertText: (text) => session.insertText(text),
      loadSettings,
      outcomes,
      recordInsertion: (phraseUid, intent) => callBackground('recordInsertion', { phraseUid, intent }),
    }),
    onError: (error) => logQuietly('insert first suggestion', error),
  });
}
