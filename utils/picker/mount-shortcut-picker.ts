import { createElement } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ShortcutPickerList } from '../../components/shortcut-picker/ShortcutPickerList';
import { mountOnDemandPageUi } from '../page/on-demand-page-ui';
import type { SiteAdapter } from '../sites/site-adapter';
import type { OutcomeReporter } from '../usage/observe-insertion-outcome';
import { startPageShortcutPicker } from './start-page-shortcut-picker';

/**
 * The shortcut picker on a seller client: listens from the start, and adds its list (a shadow
 * root marked as our UI) the first time it opens. Everything ends with the content script.
 */
export function mountShortcutPicker({
  ctx,
  adapter,
  outcomes,
}: {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  /** The page's one watcher of what becomes of an inserted phrase (learning from use). */
  outcomes: Pick<OutcomeReporter, 'watch'>;
}): void {
  const picker = startPageShortcutPicker({ doc: document, adapter, signal: ctx.signal, outcomes });
  mountOnDemandPageUi({
    ctx,
    name: 'huashu-shortcut-picker',
    source: { subscribe: picker.subscribe, isShown: () => picker.view().status === 'open' },
    render: (lang) => createElement(ShortcutPickerList, { picker, lang }),
  });
}
