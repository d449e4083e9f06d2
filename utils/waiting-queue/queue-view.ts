import type { WaitingQueueView } from '../schemas/waiting-queue';
import type { StoredQueuedBuyer } from '../schemas/waiting-queue-state';
import { thresholdSecondsFor, waitLevel, type ThresholdOverrides } from './wait-level';

/**
 * The queue as the bar, the popup and the badge show it at `now`: waits and levels computed from
 * the stored times (never stored themselves, so they are right whenever the queue is read),
 * longest wait first. The frame a buyer was read in stays in the worker.
 */
export function queueView(buyers: readonly StoredQueuedBuyer[], overrides: ThresholdOverrides, now: number): WaitingQueueView {
  const rows = buyers.map(({ frameId: _frame, ...buyer }) => {
    const thresholdSeconds = thresholdSecondsFor(buyer.site, overrides);
    const waitedMs = Math.max(0, now - buyer.since);
    return { ...buyer, waitedMs, thresholdSeconds, level: waitLevel(waitedMs, thresholdSeconds) };
  });
  // Equal waits in a stable order (client, then buyer), so the list does not shuffle between reads.
  rows.sort((a, b) => b.waitedMs - a.waitedMs || a.site.localeCompare(b.site) || a.key.localeCompare(b.key));
  return { buyers: rows, pastHalf: rows.filter((row) => row.level !== 'ok').length, now };
}
