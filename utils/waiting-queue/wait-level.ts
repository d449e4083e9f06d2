import { DEFAULT_WAIT_THRESHOLDS, DEFAULT_WAIT_THRESHOLD_SECONDS, type WaitLevel } from '../schemas/waiting-queue';

/** A wait turns amber at half the client's reply window and red at 80 % of it. */
export const AMBER_SHARE = 0.5;
export const RED_SHARE = 0.8;

/** The agent's own reply windows per client (settings.waitThresholdsBySite), over the defaults. */
export type ThresholdOverrides = Readonly<Record<string, number>>;

/** The client's reply window in seconds: the agent's own, else the client's default, else 180 s. */
export function thresholdSecondsFor(site: string, overrides: ThresholdOverrides = {}): number {
  // Own keys only: a site id may well be spelled like an Object.prototype member ("constructor").
  if (Object.hasOwn(overrides, site)) return overrides[site] ?? DEFAULT_WAIT_THRESHOLD_SECONDS;
  if (Object.hasOwn(DEFAULT_WAIT_THRESHOLDS, site)) return DEFAULT_WAIT_THRESHOLDS[site] ?? DEFAULT_WAIT_THRESHOLD_SECONDS;
  return DEFAULT_WAIT_THRESHOLD_SECONDS;
}

/**
 * How urgent a wait of `waitedMs` is against a reply window of `thresholdSeconds`: the one rule the
 * worker's queue and badge, the bar, the popup and practice share.
 */
export function waitLevel(waitedMs: number, thresholdSeconds: number): WaitLevel {
  const windowMs = thresholdSeconds * 1000;
  if (waitedMs >= windowMs * RED_SHARE) return 'red';
  if (waitedMs >= windowMs * AMBER_SHARE) return 'amber';
  return 'ok';
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
