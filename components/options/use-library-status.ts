import { useCallback, useEffect, useState } from 'react';
import type { LibraryStatus } from '../../utils/messaging/protocol';
import type { OptionsServices } from './options-services';

/** While the page is visible, another page (popup, another options tab) may change the library. */
export const LIBRARY_POLL_MS = 2000;

/**
 * The library as the background sees it, refreshed every ~2 s while the page is visible: polling
 * one small message is simpler and survives a worker restart, unlike a push channel.
 */
export function useLibraryStatus(services: OptionsServices): {
  status: LibraryStatus | null;
  failed: boolean;
  refresh: () => Promise<void>;
} {
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  const [failed, setFailed] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const next = await services.call('getLibraryStatus');
      setFailed(false);
      // Same stamp and content → keep the old object, so nothing re-renders every two seconds; a new
      // stamp (an edit in another tab that kept every count) always gives a new object.
      setStatus((previous) => (previous && JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
    } catch {
      setFailed(true);
    }
  }, [services]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, LIBRARY_POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  return { status, failed, refresh };
}
