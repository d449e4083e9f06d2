import { callBackground } from '../messaging/page-background-client';
import type { InsertPhrase } from '../page/phrase-insertion';
import type { SiteAdapter } from '../sites/site-adapter';
import { startShortcutPicker, type ShortcutPicker } from './shortcut-picker';

/**
 * The shortcut picker as a chat page runs it (a client's content script, the demo page): the
 * matching and the pinyin dictionary stay in the background, the page sends only what follows
 * the `/` (a few letters the agent typed, never the chat). A picked phrase goes in through the
 * page's one insertion path, so it is filled, counted and watched like one from the bar.
 */
export function startPageShortcutPicker({
  doc,
  adapter,
  signal,
  insertPhrase,
}: {
  doc: Document;
  adapter: Pick<SiteAdapter, 'findInput' | 'readThread'>;
  signal?: AbortSignal;
  insertPhrase: InsertPhrase;
}): ShortcutPicker {
  return startShortcutPicker({
    doc,
    adapter,
    search: (query) => callBackground('pickerSearch', { query }),
    insertPhrase,
    signal,
  });
}
