import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { EXTENSION_UI_ATTRIBUTE } from '../../utils/sites/extension-ui';
import { loadPageUiCss } from '../../utils/page/page-ui-css';
import { runQuietly } from '../../utils/page/quiet-errors';

/**
 * A piece of our React UI on a seller's page: a shadow root at the end of <body> (our styles,
 * handed over by the worker, stay inside; the page's stay out), its host marked as ours so
 * adapters and the thread watcher skip it, keys typed inside kept from the page's shortcuts.
 * WXT removes it, unmounting React, when the content script is invalidated.
 */
export async function mountPageShadowUi(
  ctx: ContentScriptContext,
  { name, render }: { name: string; render: (root: Root) => void },
): Promise<ShadowRootContentScriptUi<Root>> {
  const css = await loadPageUiCss();
  const ui = await createShadowRootUi<Root>(ctx, {
    name,
    css,
    position: 'inline',
    append: 'last',
    isolateEvents: true,
    onMount(container, _shadow, host) {
      host.setAttribute(EXTENSION_UI_ATTRIBUTE, '');
      const root = createRoot(container);
      render(root);
      return root;
    },
    onRemove(root) {
      runQuietly(`${name} removal`, () => root?.unmount());
    },
  });
  // Invalidated while the styles loaded: ctx's clean-up has already run, so never mount.
  if (ctx.isInvalid) throw new Error(`content script invalidated before ${name} mounted`);
  ui.mount();
  return ui;
}

/** A client that re-renders its whole <body> drops our host with it: put it back. */
export function reattach(ui: ShadowRootContentScriptUi<Root>): void {
  if (!ui.shadowHost.isConnected) ui.shadowHost.ownerDocument.body?.append(ui.shadowHost);
}
