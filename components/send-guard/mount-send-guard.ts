import { createElement } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SendGuardByInput } from './SendGuardByInput';
import { mountOnDemandPageUi } from '../page-ui/on-demand-page-ui';
import type { SiteAdapter } from '../../utils/sites/site-adapter';
import { startPageSendGuard } from '../../utils/guard/start-page-send-guard';

/**
 * The send guard on a seller client: listens from the start, and adds its panel (a shadow root
 * marked as our UI, so adapters and the thread watcher skip it) only the first time there is
 * something to show. Everything ends with the content script (`ctx`).
 */
export function mountSendGuard({ ctx, adapter }: { ctx: ContentScriptContext; adapter: SiteAdapter }): void {
  const guard = startPageSendGuard({ doc: document, adapter, signal: ctx.signal });
  mountOnDemandPageUi({
    ctx,
    name: 'huashu-send-guard',
    source: { subscribe: guard.subscribe, isShown: () => guard.view().status !== 'hidden' },
    render: (lang) => createElement(SendGuardByInput, { guard, lang }),
  });
}
