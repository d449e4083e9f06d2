import type { WaitingQueueView, WaitLevel } from '../../schemas/waiting-queue';
import { queueRowsAt, redTransitions, type QueueRow } from '../../wait-clock/queue-rows';
import { createStore, type Store } from './bar-store';

/** How often the worker is asked for the queue while the page is in front; waits tick locally in between. */
export const QUEUE_REFRESH_MS = 3000;
export const QUEUE_TICK_MS = 1000;

export interface QueueFeed {
  /** The waiting buyers as of the last tick, longest first. */
  store: Pick<Store<{ rows: readonly QueueRow[] }>, 'get' | 'subscribe'>;
  /** Asks the worker for the queue again, then ticks. */
  refresh: () => Promise<void>;
  /** Moves every wait on to now, from the last view (no request). */
  tick: () => void;
  /** The page went out of sight: what was seen is forgotten, so coming back announces no old change. */
  forget: () => void;
}

/**
 * The waiting queue as a page (the bar) or the popup shows it: the worker's view, asked for now
 * and then, moved on every second from its stored times, and the buyers who turn red while the
 * agent looks (for the optional sound).
 */
export function createQueueFeed({
  load,
  now = Date.now,
  onTurnedRed,
}: {
  load: () => Promise<WaitingQueueView>;
  now?: () => number;
  onTurnedRed?: (rows: readonly QueueRow[]) => void;
}): QueueFeed {
  const store = createStore<{ rows: readonly QueueRow[] }>({ rows: [] });
  let view: WaitingQueueView | null = null;
  let seen: ReadonlyMap<string, WaitLevel> = new Map();

  function tick(): void {
    if (!view) return;
    const rows = queueRowsAt(view, now());
    const changes = redTransitions(seen, rows);
    seen = changes.seen;
    // Nobody waiting before or now: nothing to render again.
    if (rows.length > 0 || store.get().rows.length > 0) store.set({ rows });
    if (changes.turnedRed.length > 0) onTurnedRed?.(changes.turnedRed);
  }

  return {
    store,
    async refresh() {
      try {
        view = await load();
      } catch {
        // The worker is waking or restarting: the last view keeps ticking, the next refresh asks again.
      }
      tick();
    },
    tick,
    forget() {
      seen = new Map();
    },
  };
}

/** What running the feed on a chat page needs of the content script's context (WXT's, in the product). */
export interface FeedHost {
  setInterval: (handler: () => void, ms: number) => unknown;
  addEventListener: (target: EventTarget, type: string, listener: () => void) => void;
}

/**
 * The feed on a chat page: while the page is in front, waits tick every second and the worker is
 * asked every few seconds and whenever the page comes back into view or focus; a page out of
 * sight asks nothing (its timers are throttled anyway, and the badge covers it).
 */
export function runQueueFeedOnPage(feed: QueueFeed, host: FeedHost, doc: Document, win: Window): void {
  const visible = () => doc.visibilityState === 'visible';
  let ticks = 0;
  const refresh = () => {
    if (visible()) void feed.refresh();
  };
  host.setInterval(() => {
    if (!visible()) return;
    ticks += 1;
    if (ticks % (QUEUE_REFRESH_MS / QUEUE_TICK_MS) === 0) void feed.refresh();
    else feed.tick();
  }, QUEUE_TICK_MS);
  host.addEventListener(win, 'focus', refresh);
  host.addEventListener(doc, 'visibilitychange', () => (visible() ? refresh() : feed.forget()));
  refresh();
}
