import { useCallback, useLayoutEffect, useSyncExternalStore, type RefCallback } from 'react';
import type { BarModel } from '../../utils/page/bar/bar-model';
import type { BarPreferences } from '../../utils/page/bar/bar-preferences';
import type { Store } from '../../utils/page/bar/bar-store';
import type { BarOffset } from '../../utils/schemas/bar-state';
import type { Category } from '../../utils/schemas/category';
import type { UiLanguage } from '../../utils/schemas/settings';
import type { QueueFeed } from '../../utils/page/bar/queue-feed';
import type { QueueRow } from '../../utils/wait-clock/queue-rows';
import { PageBar } from './PageBar';

/** No queue wired: one snapshot, always the same (useSyncExternalStore re-renders on every new one). */
const EMPTY_QUEUE = { rows: [] };
const NO_QUEUE: QueueFeed['store'] = { get: () => EMPTY_QUEUE, subscribe: () => () => undefined };

/** What the bar shows that comes from the extension rather than the chat. */
export interface BarSurroundings {
  lang: UiLanguage;
  categories: readonly Category[];
}

export interface BarPlacementHooks {
  /** Receives the bar's outer element (null while nothing is rendered). */
  frameRef: RefCallback<HTMLElement>;
  /** After every render: the bar's size may have changed, so it is placed again. */
  onRendered: () => void;
  /** Where the bar really is relative to its dock, once kept on screen. */
  currentOffset: () => BarOffset | null;
}

/**
 * The bar as the content script mounts it: the bar model (suggestions for the conversation on
 * screen), the agent's per-site preferences and the UI language, wired to PageBar.
 */
export function PageBarApp({
  model,
  preferences,
  surroundings,
  placement,
  queue = NO_QUEUE,
  onOpenBuyer,
}: {
  model: BarModel;
  preferences: BarPreferences;
  surroundings: Pick<Store<BarSurroundings>, 'get' | 'subscribe'>;
  placement: BarPlacementHooks;
  /** The waiting buyers across every open client (utils/page/bar/queue-feed.ts). */
  queue?: QueueFeed['store'];
  onOpenBuyer?: (row: QueueRow) => void;
}) {
  const view = useSyncExternalStore(model.subscribe, model.getView);
  const { collapsed } = useSyncExternalStore(preferences.subscribe, preferences.get);
  const { lang, categories } = useSyncExternalStore(surroundings.subscribe, surroundings.get);
  const { rows } = useSyncExternalStore(queue.subscribe, queue.get);
  const { onRendered, currentOffset } = placement;

  useLayoutEffect(onRendered);

  const onMoveEnd = useCallback(() => {
    const offset = currentOffset();
    if (offset) preferences.settle(offset);
  }, [currentOffset, preferences]);

  return (
    <PageBar
      view={view}
      lang={lang}
      categories={categories}
      collapsed={collapsed}
      frameRef={placement.frameRef}
      onInsert={model.insertAt}
      onToggleFacts={model.toggleFacts}
      onInsertFact={model.insertFact}
      onHide={model.hide}
      onToggleCollapsed={() => preferences.setCollapsed(!collapsed)}
      onMove={preferences.moveBy}
      onMoveEnd={onMoveEnd}
      onResetPosition={preferences.reset}
      onDismissFeedback={model.dismissFeedback}
      queue={rows}
      onOpenBuyer={onOpenBuyer}
    />
  );
}
