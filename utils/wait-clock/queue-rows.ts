import type { WaitingQueueView, WaitLevel } from '../schemas/waiting-queue';
import { waitLevel } from '../waiting-queue/wait-level';

/** One waiting buyer as the bar and the popup show them at a given moment. */
export interface QueueRow {
  site: string;
  key: string;
  name: string;
  waitedMs: number;
  thresholdSeconds: number;
  level: WaitLevel;
}

/** A buyer's identity across the queue's readings: their client and their key in it. */
export function buyerIdOf(row: Pick<QueueRow, 'site' | 'key'>): string {
  return `${row.site}\n${row.key}`;
}

/**
 * The queue view read at `view.now`, moved on to `now`: every wait grows by the time passed and its
 * level is judged again. So the bar and the popup tick every second without asking the worker.
 */
export function queueRowsAt(view: WaitingQueueView, now: number): QueueRow[] {
  const passed = Math.max(0, now - view.now);
  return view.buyers
    .map(({ site, key, name, waitedMs, thresholdSeconds }) => {
      const waited = waitedMs + passed;
      return { site, key, name, waitedMs: waited, thresholdSeconds, level: waitLevel(waited, thresholdSeconds) };
    })
    .sort((a, b) => b.waitedMs - a.waitedMs);
}

/**
 * Which buyers turned red since the last reading: seen before at amber or ok, red now. A buyer
 * first seen already red did not turn red in front of the agent (a page reloaded, another tab
 * brought forward), so it is remembered without being announced: one sound per buyer, at most.
 */
export function redTransitions(
  seen: ReadonlyMap<string, WaitLevel>,
  rows: readonly QueueRow[],
): { turnedRed: QueueRow[]; seen: Map<string, WaitLevel> } {
  const next = new Map<string, WaitLevel>();
  const turnedRed: QueueRow[] = [];
  for (const row of rows) {
    const id = buyerIdOf(row);
    const before = seen.get(id);
    if (row.level === 'red' && before !== undefined && before !== 'red') turnedRed.push(row);
    next.set(id, row.level);
  }
  return { turnedRed, seen: next };
}
