import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { createQueueFeed, QUEUE_REFRESH_MS, QUEUE_TICK_MS } from '../../utils/page/bar/queue-feed';
import type { WaitingQueueView } from '../../utils/schemas/waiting-queue';

/**
 * The waiting queue on an extension page (the popup), through the bar's feed: asked of the worker
 * now and every few seconds, each wait ticking every second in between. `loaded` once the first
 * answer (or its failure) is in, so the empty state never flashes before it.
 */
export function useWaitingQueue(load: () => Promise<WaitingQueueView>) {
  const feed = useMemo(() => createQueueFeed({ load }), [load]);
  const { rows } = useSyncExternalStore(feed.store.subscribe, feed.store.get);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let current = true;
    void feed.refresh().then(() => {
      if (current) setLoaded(true);
    });
    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
      if (ticks % (QUEUE_REFRESH_MS / QUEUE_TICK_MS) === 0) void feed.refresh();
      else feed.tick();
    }, QUEUE_TICK_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [feed]);

  return { rows, loaded, refresh: feed.refresh };
}
