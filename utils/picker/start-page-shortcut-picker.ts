import { callBackground } from '../messaging/background-client';
import { logQuietly } from '../page/quiet-errors';
import { loadSettings } from '../settings/settings-store';
import type { SiteAdapter } from '../sites/site-adapter';
import { createBackgroundOutcomeReporter } from '../usage/background-outcome-reporter';
import type { OutcomeReporter } from '../usage/observe-insertion-outcome';
import { startShortcutPicker, type ShortcutPicker } from './shortcut-picker';

/**
 * The shortcut picker as a chat page runs it (a client's content script, the demo page): the
 * matching and the pinyin dictionary stay in the background, the page sends only what follows
 * the `/` (a few letters the agent typed, never the chat).
 */
export function startPageShortcutPicker({
  doc,
  adapter,
  signal,
  onInserted,
  outcomes = ownOutcomeReporter(doc, adapter, signal),
}: {
  doc: Document;
  adapter: Pick<SiteAdapter, 'findInput' | 'readThread'>;
  signal?: AbortSignal;
  /** Told of each phrase that went in (the demo's practice mode counts it as a suggestion used). */
  onInserted?: (insertion: { text: string; phraseUid: string; intent: string }) => void;
  /**
   * Learning from use: a phrase picked by its code counts like one from the bar — sent as it
   * stood, edited or deleted. A content script passes the page's one watcher; left out, the
   * picker watches on its own.
   */
  outcomes?: Pick<OutcomeReporter, 'watch'>;
}): ShortcutPicker {
  return startShortcutPicker({
    doc,
    adapter,
    search: (query) => callBackground('pickerSearch', { query }),
    settings: loadSettings,
    recordInsertion: (phrase, insertedText) => {
      const insertion = { text: insertedText, phraseUid: phrase.uid, intent: phrase.category };
      outcomes.watch(insertion);
      onInserted?.(insertion);
      return callBackground('recordInsertion', { phraseUid: phrase.uid, intent: phrase.category });
    },
    signal,
  });
}

/** Ids and the outcome go to the background, never the text. */
function ownOutcomeReporter(doc: Document, adapter: Pick<SiteAdapter, 'findInput' | 'readThread'>, signal: AbortSignal | undefined): OutcomeReporter {
  const outcomes = createBackgroundOutcomeReporter({ doc, adapter, onError: (error) => logQuietly('insertion outcome', error) });
  signal?.addEventListener('abort', outcomes.stop, { once: true });
  return outcomes;
}
