import { callBackground } from '../messaging/background-client';
import { loadSettings } from '../settings/settings-store';
import type { SiteAdapter } from '../sites/site-adapter';
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
}: {
  doc: Document;
  adapter: Pick<SiteAdapter, 'findInput' | 'readThread'>;
  signal?: AbortSignal;
}): ShortcutPicker {
  return startShortcutPicker({
    doc,
    adapter,
    search: (query) => callBackground('pickerSearch', { query }),
    settings: loadSettings,
    recordInsertion: (phrase) => callBackground('recordInsertion', { phraseUid: phrase.uid, intent: phrase.category }),
    signal,
  });
}
