import { DEFAULT_BAR_STATE, type BarOffset, type BarState } from '../../schemas/bar-state';
import { loadBarState, saveBarState } from '../../settings/bar-state-store';
import { createStore, type Store } from './bar-store';

export interface BarPreferences {
  get: Store<BarState>['get'];
  subscribe: Store<BarState>['subscribe'];
  setCollapsed(collapsed: boolean): void;
  /** Moves the bar while the agent drags it; nothing is saved until `settle`. */
  moveBy(delta: BarOffset): void;
  /** The move is over: keep this offset (where the bar really ended up) for this site. */
  settle(offset: BarOffset): void;
  /** Back to the dock by the reply box. */
  reset(): void;
}

/**
 * Whose preferences apply: the client's host name. A reply box in an about:blank frame belongs
 * to the client that framed it.
 */
export function barSiteOf(location: { hostname: string; ancestorOrigins?: DOMStringList }): string {
  if (location.hostname) return location.hostname.toLowerCase();
  const framedBy = location.ancestorOrigins?.[0];
  try {
    return framedBy ? new URL(framedBy).hostname.toLowerCase() || 'local' : 'local';
  } catch {
    return 'local';
  }
}

/**
 * The agent's choices for the bar on this client (collapsed, where they moved it), restored from
 * storage before the bar first shows, so it never flashes open and then folds.
 */
export async function loadBarPreferences(site: string, onError: (error: unknown) => void): Promise<BarPreferences> {
  const store = createStore<BarState>(await loadBarState(site).catch((error: unknown) => {
    onError(error);
    return DEFAULT_BAR_STATE;
  }));

  function change(patch: Partial<BarState>): void {
    store.set(patch);
    saveBarState(site, patch).catch(onError);
  }

  return {
    get: store.get,
    subscribe: store.subscribe,
    setCollapsed: (collapsed) => change({ collapsed }),
    moveBy({ dx, dy }) {
      const { offset } = store.get();
      store.set({ offset: { dx: offset.dx + dx, dy: offset.dy + dy } });
    },
    settle: (offset) => change({ offset }),
    reset: () => change({ offset: DEFAULT_BAR_STATE.offset }),
  };
}
