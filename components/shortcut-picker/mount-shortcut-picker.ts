import { createElement } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ShortcutPickerList } from './ShortcutPickerList';
import { mountOnDemandPageUi } from '../page-ui/on-demand-page-ui';
import type { SiteAdapter } from '../../utils/sites/site-adapter';
import type { InsertPhrase } from '../../utils/page/phrase-insertion';
import { startPageShortcutPicker } from '../../utils/picker/start-page-shortcut-picker';

/**
 * The shortcut picker on a seller client: listens from the start, and adds its list (a shadow
 * root marked as our UI) the first time it opens. Everything ends with the content script.
 */
export function mountShortcutPicker({
  ctx,
  adapter,
  insertPhrase,
}: {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  /** The page's one insertion path. */
  insertPhrase: InsertPhrase;
}): void {
  const picker = startPageShortcutPicker({ doc: document, adapter, signal: ctx.signal, insertPhrase });
  mountOnDemandPageUi({
    ctx,
    name: 'huashu-shortcut-picker',
    source: { subscribe: picker.subscribe, isShown: () => picker.view().status === 'open' },
    render: (lang) => createElement(ShortcutPickerList, { picker, lang }),
  });
}
