import { defineSessionItem } from './local-item';
import { oneAtATime } from './one-at-a-time';
import { storedQueuedBuyerSchema, EMPTY_WAITING_QUEUE, type WaitingQueueState } from '../schemas/waiting-queue-state';

/**
 * The waiting queue (buyer names and keys, clients, tabs and times; never a word of a conversation)
 * in `storage.session`: a worker stopped while idle finds it again when the next report or alarm
 * wakes it, and it is gone with the browser session, as are the tabs it points to.
 */
const queueItem = defineSessionItem<unknown>('waitingQueue', EMPTY_WAITING_QUEUE);
const serially = oneAtATime();

/** Parsed on the way out: a damaged buyer (an older build's, a hand edit) is dropped, the others kept. */
export async function loadWaitingQueue(): Promise<WaitingQueueState> {
  const stored = await queueItem.getValue();
  const rows: unknown = typeof stored === 'object' && stored !== null ? (stored as { buyers?: unknown }).buyers : undefined;
  if (!Array.isArray(rows)) return EMPTY_WAITING_QUEUE;
  return {
    buyers: rows.flatMap((row: unknown) => {
      const parsed = storedQueuedBuyerSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    }),
  };
}

/**
 * Changes the stored queue with `change` (given what is stored now), one change at a time across
 * the whole worker, and answers what `change` returned besides the new state.
 */
export function updateWaitingQueue<R>(change: (state: WaitingQueueState) => { state: WaitingQueueState; result: R }): Promise<{ state: WaitingQueueState; result: R }> {
  return serially(async () => {
    const current = await loadWaitingQueue();
    const outcome = change(current);
    // Most reports (every 30 s from each chat tab) change nothing: no write then.
    if (JSON.stringify(outcome.state) !== JSON.stringify(current)) await queueItem.setValue(outcome.state);
    return outcome;
  });
}
