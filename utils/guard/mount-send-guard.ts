import { createElement } from 'react';
import type { Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SendGuardByInput } from '../../components/send-guard/SendGuardByInput';
import { mountPageShadowUi, reattach } from '../page/page-shadow-ui';
import { logQuietly, runQuietly } from '../page/quiet-errors';
import { DEFAULT_SETTINGS, type UiLanguage } from '../schemas/settings';
import { loadSettings, watchSettings } from '../settings/settings-store';
import type { SiteAdapter } from '../sites/site-adapter';
import { startPageSendGuard } from './start-page-send-guard';

/**
 * The send guard on a seller client: listens from the start, and adds its panel (a shadow root
 * marked as our UI, so adapters and the thread watcher skip it) only the first time there is
 * something to show. Everything ends with the content script (`ctx`).
 */
export function mountSendGuard({ ctx, adapter }: { ctx: ContentScriptContext; adapter: SiteAdapter }): void {
  const guard = startPageSendGuard({ doc: document, adapter, signal: ctx.signal });
  let lang: UiLanguage = DEFAULT_SETTINGS.language;
  let root: Root | undefined;
  let creating = false;

  const render = (): void => runQuietly('send guard render', () => root?.render(createElement(SendGuardByInput, { guard, lang })));

  const createWhenNeeded = (): void => {
    if (creating || guard.view().status === 'hidden' || ctx.isInvalid) return;
    creating = true;
    mountPageShadowUi(ctx, {
      name: 'huashu-send-guard',
      render(created) {
        root = created;
        render();
      },
    })
      .then((ui) => {
        ctx.onInvalidated(
          guard.subscribe(() => {
            if (guard.view().status !== 'hidden') runQuietly('send guard reattach', () => reattach(ui));
          }),
        );
      })
      .catch((error: unknown) => logQuietly('send guard panel', error));
  };
  ctx.onInvalidated(guard.subscribe(createWhenNeeded));

  const setLanguage = (next: UiLanguage): void => {
    lang = next;
    render();
  };
  void loadSettings()
    .then((settings) => setLanguage(settings.language))
    .catch((error: unknown) => logQuietly('send guard settings', error));
  const stopWatching = watchSettings((settings) => setLanguage(settings.language));
  ctx.onInvalidated(() => runQuietly('send guard settings watch', stopWatching));
}
