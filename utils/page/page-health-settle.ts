import type { PageHealth, PagePart } from '../schemas/page-health';
import type { PageReading } from '../sites/page-health-check';

/**
 * The debounce between looking at a page and saying it changed: a client's page renders its
 * conversation a moment after it loads, and is rebuilt when the agent switches conversations, so
 * one look that finds nothing proves nothing. A failure counts once the same reading has held for
 * SETTLE_MS; it is recorded once, until the page reads well again or fails differently. Pure.
 */

export const SETTLE_MS = 5000;

export interface SettleState {
  /** The reading being timed (status and failed parts), and since when it holds. */
  key: string | null;
  since: number;
  /** The failure already recorded on this page, if any. */
  recorded: string | null;
}

export const INITIAL_SETTLE: SettleState = { key: null, since: 0, recorded: null };

export interface SettleStep {
  state: SettleState;
  /** What the popup is told now. */
  status: PageHealth['status'];
  /** Set when this look makes the failure a fact worth one record. */
  record: { failed: PagePart[]; genericFallback: boolean } | null;
}

function keyOf(reading: PageReading): string {
  return `${reading.status}:${reading.failed.join(',')}:${reading.genericFallback}`;
}

export function settleReading(state: SettleState, reading: PageReading, now: number, settleMs: number = SETTLE_MS): SettleStep {
  if (reading.status === 'ok') return { state: { key: null, since: now, recorded: null }, status: 'ok', record: null };
  const key = keyOf(reading);
  const since = key === state.key ? state.since : now;
  const next: SettleState = { key, since, recorded: state.recorded };
  if (now - since < settleMs) return { state: next, status: 'checking', record: null };
  if (reading.status === 'no-chat') return { state: next, status: 'no-chat', record: null };
  if (state.recorded === key) return { state: next, status: 'changed', record: null };
  return {
    state: { ...next, recorded: key },
    status: 'changed',
    record: { failed: reading.failed, genericFallback: reading.genericFallback },
  };
}
