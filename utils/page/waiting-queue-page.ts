import type { ConversationListReport } from '../schemas/waiting-queue';
import type { Thread } from '../schemas/thread';
import type { SiteAdapter } from '../sites/site-adapter';
import { startConversationListReporter } from './conversation-list-reporter';
import type { ThreadChangeFeed } from './thread-change-feed';
import { listenForWaitingKey } from './waiting-key';

/** The two background requests of the waiting queue a chat page sends (the background client's). */
export interface WaitingQueueMessenger {
  reportConversationList(report: ConversationListReport): Promise<unknown>;
  openLongestWaiting(): Promise<unknown>;
}

/**
 * The page's part of the waiting queue: it reports who waits on this page (the adapter's list and
 * the open thread's last speaker) and Alt+W asks the worker to open the longest-waiting buyer,
 * whichever tab they are in. Returns the function that stops both.
 */
export function startWaitingQueuePage({
  adapter,
  doc,
  readThread,
  threadChanges,
  messenger,
  onError,
  signal,
}: {
  adapter: Pick<SiteAdapter, 'id' | 'readConversationList'>;
  doc: Document;
  readThread(): Thread | null;
  threadChanges: Pick<ThreadChangeFeed, 'subscribe'>;
  messenger: WaitingQueueMessenger;
  onError(where: string, error: unknown): void;
  signal?: AbortSignal;
}): () => void {
  const reporter = startConversationListReporter({ adapter, doc, readThread, send: messenger.reportConversationList, onError, signal });
  // A conversation opened or answered: read again (the list may not have changed yet, the thread has).
  const unsubscribe = threadChanges.subscribe(() => reporter.poke());
  const view = doc.defaultView;
  const stopKey = view
    ? listenForWaitingKey(view, () => {
        messenger.openLongestWaiting().catch((error: unknown) => onError('open longest waiting', error));
      })
    : () => undefined;
  const stop = (): void => {
    reporter.stop();
    unsubscribe();
    stopKey();
  };
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}
