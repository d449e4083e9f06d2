import { createElement } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageBarApp, type BarSurroundings } from './PageBarApp';
import { callBackground } from '../../utils/messaging/page-background-client';
import { DEFAULT_SETTINGS } from '../../utils/schemas/settings';
import { followUiLanguage } from '../../utils/page/page-language';
import type { PageSession } from '../../utils/page/page-session';
import { mountPageShadowUi, reattach } from '../page-ui/page-shadow-ui';
import { logQuietly, quietly, runQuietly } from '../../utils/page/quiet-errors';
import type { ThreadChangeFeed } from '../../utils/page/thread-change-feed';
import type { InsertPhrase } from '../../utils/page/phrase-insertion';
import { barKeyHandlers, listenForBarKeys } from '../../utils/page/bar/bar-keyboard';
import { BAR_SUGGESTION_COUNT } from '../../utils/page/bar/bar-keys';
import { barInsertion } from '../../utils/page/bar/bar-insertion';
import { createBarModel, type BarModel } from '../../utils/page/bar/bar-model';
import { createBarPlacement } from '../../utils/page/bar/bar-placement';
import { barSiteOf, loadBarPreferences, type BarPreferences } from '../../utils/page/bar/bar-preferences';
import { createStore, type Store } from '../../utils/page/bar/bar-store';
import { createQueueFeed, runQueueFeedOnPage, type QueueFeed } from '../../utils/page/bar/queue-feed';
import { beep } from '../../utils/page/bar/beep';
import { loadSettings, watchSettings } from '../../utils/settings/settings-store';

export interface PageBarOptions {
  ctx: ContentScriptContext;
  session: PageSession;
  threadChanges: ThreadChangeFeed;
  /** The page's one insertion path (fills, inserts, counts the use, watches the outcome). */
  insertPhrase: InsertPhrase;
}

/** Layout changes nothing reports (a client re-rendering its input area) are caught this often. */
const PLACE_AGAIN_EVERY_MS = 500;

/**
 * The in-page suggestion bar on a seller client: when a buyer message lands, the background is
 * asked for the top three phrases and they show docked by the chat input; a click or Alt+1..3
 * fills the placeholders and inserts one where the agent was typing. The bar's shadow root is
 * added only once the page shows a conversation, and removed when the content script is
 * invalidated (WXT removes it on `ctx.onInvalidated`).
 */
export function mountPageBar({ ctx, session, threadChanges, insertPhrase }: PageBarOptions): void {
  const doc = document;
  const site = barSiteOf(window.location);
  // Reading `ctx.isValid` notices an extension updated under us and starts the clean-up.
  const onError = (error: unknown): void => {
    if (ctx.isValid) logQuietly('page bar', error);
  };

  const model = createBarModel({
    suggest: (thread) => callBackground('suggest', { thread, limit: BAR_SUGGESTION_COUNT }),
    ...barInsertion(insertPhrase),
    onError,
  });
  const surroundings = createStore<BarSurroundings>({ lang: DEFAULT_SETTINGS.language, categories: [] });
  let shown: { preferences: BarPreferences; host: HTMLElement; shadow: ShadowRoot } | null = null;

  /** Esc with focus on the bar (the agent tabbed to it): back to the reply box, not to nowhere. */
  function returnFocusToChat(): void {
    if (!shown || doc.activeElement !== shown.host) return;
    runQuietly('focus', () => session.adapter.findInput(doc)?.focus({ preventScroll: true }));
  }

  const stopKeys = listenForBarKeys(
    window,
    barKeyHandlers({ model, collapsed: () => shown?.preferences.get().collapsed ?? null, beforeHide: returnFocusToChat, focusInFacts: () => focusInFacts(shown) }),
  );
  ctx.onInvalidated(stopKeys);

  // Subscribed before the first reading, so a change in between is not missed.
  ctx.onInvalidated(threadChanges.subscribe(model.showThread));
  model.showThread({ thread: session.readThread().thread, kind: 'conversation-switched' });

  let creating = false;
  const createWhenNeeded = (): void => {
    if (creating || !model.getView().thread || ctx.isInvalid) return;
    creating = true;
    createBarUi({ ctx, session, model, surroundings, site, onError })
      .then((created) => {
        shown = created;
      })
      .catch(onError);
  };
  ctx.onInvalidated(model.subscribe(createWhenNeeded));
  createWhenNeeded();

  followUiLanguage(ctx, 'page bar', (lang) => surroundings.set({ lang }));
}

/** Whether the focus is on the product's facts in the bar (FactsCard's `.hs-facts`: its toggle and card). */
function focusInFacts(shown: { host: HTMLElement; shadow: ShadowRoot } | null): boolean {
  if (!shown || shown.host.ownerDocument.activeElement !== shown.host) return false;
  return shown.shadow.activeElement?.closest('.hs-facts') != null;
}

async function createBarUi({
  ctx,
  session,
  model,
  surroundings,
  site,
  onError,
}: {
  ctx: ContentScriptContext;
  session: PageSession;
  model: BarModel;
  surroundings: Store<BarSurroundings>;
  site: string;
  onError: (error: unknown) => void;
}): Promise<{ preferences: BarPreferences; host: HTMLElement; shadow: ShadowRoot }> {
  const doc = document;
  const preferences = await loadBarPreferences(site, onError);
  const placement = createBarPlacement({ adapter: session.adapter, doc, offset: () => preferences.get().offset });
  const queue = startWaitingQueue(ctx, onError);

  let pendingFrame = 0;
  const placeSoon = quietly('bar placement', () => {
    if (pendingFrame) return;
    pendingFrame = ctx.requestAnimationFrame(() => {
      pendingFrame = 0;
      placement.update();
    });
  });

  const ui = await mountPageShadowUi(ctx, {
    name: 'huashu-page-bar',
    render(root) {
      root.render(
        createElement(PageBarApp, {
          model,
          preferences,
          surroundings,
          placement: {
            frameRef: (frame: HTMLElement | null) => runQuietly('bar placement', () => placement.attach(frame)),
            onRendered: () => runQuietly('bar placement', placement.update),
            currentOffset: placement.currentOffset,
          },
          queue: queue.store,
          onOpenBuyer: ({ site, key }) => {
            // The worker activates that tab and window and clicks the row; a buyer gone meanwhile leaves the queue.
            void callBackground('openLongestWaiting', { site, key })
              .then(({ opened }) => (opened ? undefined : queue.refresh()))
              .catch(onError);
          },
        }),
      );
    },
  });

  ctx.onInvalidated(preferences.subscribe(placeSoon));
  ctx.addEventListener(window, 'resize', placeSoon, { passive: true });
  // Capture: scrolling inside any of the page's panes moves the reply box on screen.
  ctx.addEventListener(document, 'scroll', placeSoon, { capture: true, passive: true });
  // Also the liveness check: ctx runs this only while the extension is alive, and invalidates
  // (removing the bar) as soon as it notices an update or uninstall.
  ctx.setInterval(
    quietly('bar placement', () => {
      reattach(ui);
      placement.update();
    }),
    PLACE_AGAIN_EVERY_MS,
  );

  void callBackground('getCategories')
    .then((categories) => surroundings.set({ categories }))
    .catch(onError);
  return { preferences, host: ui.shadowHost, shadow: ui.shadow };
}

/**
 * The waiting queue the bar shows, asked of the worker while this page is in front, with the
 * agent's optional sound (settings.waitSound, off by default) when a buyer turns red.
 */
function startWaitingQueue(ctx: ContentScriptContext, onError: (error: unknown) => void): QueueFeed {
  let sound = DEFAULT_SETTINGS.waitSound;
  ctx.onInvalidated(watchSettings((settings) => (sound = settings.waitSound)));
  void loadSettings()
    .then((settings) => (sound = settings.waitSound))
    .catch(onError);
  const feed = createQueueFeed({
    load: () => callBackground('getWaitingQueue'),
    onTurnedRed: () => {
      if (sound) runQuietly('wait sound', beep);
    },
  });
  runQueueFeedOnPage(
    feed,
    {
      setInterval: (handler, ms) => ctx.setInterval(quietly('waiting queue', handler), ms),
      addEventListener: (target, type, listener) => ctx.addEventListener(target as Window, type as 'focus', quietly('waiting queue', listener)),
    },
    document,
    window,
  );
  return feed;
}
