import { DEFAULT_WAIT_THRESHOLD_SECONDS, DEFAULT_WAIT_THRESHOLDS, type WaitLevel } from '../schemas/waiting-queue';

/** A wait turns amber at half the client's reply window and red at 80 %: time left to answer, then barely any. */
export const AMBER_SHARE = 0.5;
export const RED_SHARE = 0.8;

/** The reply window of a client in seconds: the agent's own setting, else the client's default, else 180. */
export function thresholdSecondsFor(site: string, bySite: Readonly<Record<string, number>>): number {
  return bySite[site] ?? DEFAULT_WAIT_THRESHOLDS[site] ?? DEFAULT_WAIT_THRESHOLD_SECONDS;
}

/** How urgent a wait is against a reply window: the one rule the bar, the popup and practice share. */
export function waitLevel(waitedMs: number, thresholdSeconds: number): WaitLevel {
  const share = waitedMs / (thresholdSeconds * 1000);
  if (share >= RED_SHARE) return 'red';
  return share >= AMBER_SHARE ? 'amber' : 'ok';
}

/**
 * What a level says in words (colour is never the only signal): within the window, past half of
 * it, nearly out (red until the window ends) and out of time (red past it; a reply at the very
 * end of the window is still within it).
 */
export type WaitLabel = WaitLevel | 'over';

export function waitLabel(waitedMs: number, thresholdSeconds: number): WaitLabel {
  return waitedMs > thresholdSeconds * 1000 ? 'over' : waitLevel(waitedMs, thresholdSeconds);
}
