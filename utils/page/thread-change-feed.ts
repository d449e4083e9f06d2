import type { ThreadChange } from '../thread/thread-change';
import { logQuietly } from './quiet-errors';

/**
 * One page session watches the thread; several features on the page react to it (the
 * suggestion bar, the send guard). The session publishes each change here, each feature
 * subscribes. A feature that throws does not keep the change from the others.
 */
export interface ThreadChangeFeed {
  publish(change: ThreadChange): void;
  subscribe(listener: (change: ThreadChange) => void): () => void;
}

export function createThreadChangeFeed(): ThreadChangeFeed {
  const listeners = new Set<(change: ThreadChange) => void>();
  return {
    publish(change) {
      for (const listener of [...listeners]) {
        try {
          listener(change);
        } catch (error) {
          logQuietly('thread change', error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
