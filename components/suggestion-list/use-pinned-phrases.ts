import { useCallback, useEffect, useRef, useState } from 'react';

/** The background's favourites (`listFavourites` / `setFavourite`), as the popup reaches them. */
export interface FavouriteServices {
  listFavourites: () => Promise<string[]>;
  setFavourite: (phraseUid: string, pinned: boolean) => Promise<unknown>;
}

export interface PinnedPhrases {
  pinned: ReadonlySet<string>;
  toggle: (phraseUid: string) => void;
}

/**
 * The agent's pinned (置顶) phrases. A toggle shows at once and is undone when the background
 * refuses it, so the button never claims a pin that was not kept.
 */
function withPin(set: ReadonlySet<string>, phraseUid: string, pin: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (pin) next.add(phraseUid);
  else next.delete(phraseUid);
  return next;
}

export function usePinnedPhrases(services: FavouriteServices | undefined): PinnedPhrases | undefined {
  const [pinned, setPinned] = useState<ReadonlySet<string>>(new Set());
  // Two quick toggles must each see the other's result before React re-renders.
  const latest = useRef<ReadonlySet<string>>(pinned);

  const show = useCallback((next: ReadonlySet<string>) => {
    latest.current = next;
    setPinned(next);
  }, []);

  useEffect(() => {
    if (!services) return;
    let current = true;
    services
      .listFavourites()
      .then((uids) => current && show(new Set(uids)))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [services, show]);

  const toggle = useCallback(
    (phraseUid: string) => {
      if (!services) return;
      const pin = !latest.current.has(phraseUid);
      show(withPin(latest.current, phraseUid, pin));
      services.setFavourite(phraseUid, pin).catch(() => show(withPin(latest.current, phraseUid, !pin)));
    },
    [services, show],
  );

  return services ? { pinned, toggle } : undefined;
}
