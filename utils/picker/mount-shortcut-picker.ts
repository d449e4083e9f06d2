import { createElement } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ShortcutPickerList } from '../../components/shortcut-picker/ShortcutPickerList';
import { mountOnDemandPageUi } from '../page/on-demand-page-ui';
import type { SiteAdapter } from '../sites/site-adapter';
import { startPageShortcutPicker } from './start-page-shortcut-picker';

/**
 * The shortcut picker on a seller client: listens from the start, and adds its list (a shadow
 * root marked as our UI) the first time it opens. Everything ends with the content script.
 */
export function mountShortcutPicker({ ctx, adapter }: { ctx: ContentScriptContext; adapter: SiteAdapter }): void {
  const picker = startPageShortcutPicker({ doc: document, adapter, signal: ctx.signal });
  mountOnDemandPageUi({
    ctx,
    name: 'huashu-shortcut-picker',
    source: { subscribe: picker.subscribe, isShown: () => picker.view().status === 'open' },
    render: (lang) => createElement(ShortcutPickerList, { picker, lang }),
  });
}
