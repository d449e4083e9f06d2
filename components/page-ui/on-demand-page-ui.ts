import type { ReactElement } from 'react';
import type { Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_SETTINGS, type UiLanguage } from '../../utils/schemas/settings';
import { loadSettings, watchSettings } from '../../utils/settings/settings-store';
import { mountPageShadowUi, reattach } from './page-shadow-ui';
import { logQuietly, runQuietly } from '../../utils/page/quiet-errors';

/** A feature's state as the page UI follows it: React's useSyncExternalStore shape plus "anything to show?". */
export interface OnDemandUiSource {
  subscribe(listener: () => void): () => void;
  isShown(): boolean;
}

/**
 * A feature's UI on a seller client that most pages never need (the send guard's panel, the
 * shortcut picker): the shadow root is added the first time there is something to show, put
 * back when the client re-rendered its <body> away, and speaks the agent's UI language.
 * Everything ends with the content script (`ctx`).
 */
export function mountOnDemandPageUi({
  ctx,
  name,
  source,
  render,
}: {
  ctx: ContentScriptContext;
  name: string;
  source: OnDemandUiSource;
  render: (lang: UiLanguage) => ReactElement;
}): void {
  let lang: UiLanguage = DEFAULT_SETTINGS.language;
  let root: Root | undefined;
  let creating = false;

  const draw = (): void => runQuietly(`${name} render`, () => root?.render(render(lang)));

  const createWhenNeeded = (): void => {
    if (creating || !source.isShown() || ctx.isInvalid) return;
    creating = true;
    mountPageShadowUi(ctx, {
      name,
      render(created) {
        root = created;
        draw();
      },
    })
      .then((ui) => {
        ctx.onInvalidated(
          source.subscribe(() => {
            if (source.isShown()) runQuietly(`${name} reattach`, () => reattach(ui));
          }),
        );
      })
      .catch((error: unknown) => logQuietly(`${name} mount`, error));
  };
  ctx.onInvalidated(source.subscribe(createWhenNeeded));

  const setLanguage = (next: UiLanguage): void => {
    lang = next;
    draw();
  };
  void loadSettings()
    .then((settings) => setLanguage(settings.language))
    .catch((error: unknown) => logQuietly(`${name} settings`, error));
  const stopWatching = watchSettings((settings) => setLanguage(settings.language));
  ctx.onInvalidated(() => runQuietly(`${name} settings watch`, stopWatching));
}
