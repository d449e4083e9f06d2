import { callBackground } from '../messaging/page-background-client';
import { loadSettings } from '../settings/settings-store';
import type { OutcomeReporter } from '../usage/observe-insertion-outcome';
import type { PageSession } from './page-session';
import { createPhraseInsertion, type InsertPhrase } from './phrase-insertion';

/**
 * The insertion path of one chat page (a client's content script, the demo page), wired to the
 * agent's settings and the worker's use counter; `outcomes` is the page's one outcome watcher.
 */
export function pagePhraseInsertion(
  session: PageSession,
  outcomes: Pick<OutcomeReporter, 'watch'> | undefined,
  onError: (error: unknown) => void,
): InsertPhrase {
  return createPhraseInsertion({
    session,
    loadSettings,
    outcomes,
    recordInsertion: (phraseUid, intent) => callBackground('recordInsertion', { phraseUid, intent }),
    onError,
  });
}
