import type { ResponseDay, ResponseSummary } from '../schemas/waiting-queue';
import type { FirstReply, StoredQueuedBuyer } from '../schemas/waiting-queue-state';

const DAY_MS = 86_400_000;
/** Days of figures kept: a month, enough for the console's 7-day chart and a monthly report. */
export const RESPONSE_DAYS_KEPT = 31;
/** First-reply waits kept per client and day (the newest), for the median and the slowest. */
export const FIRST_REPLIES_KEPT_PER_DAY = 2000;

/**
 * The local calendar date of `at` (YYYY-MM-DD), as the agent's day is counted: by the computer's
 * clock, not UTC (an agent in China starts the day at 00:00 UTC+8). `offsetMinutes` as
 * `Date#getTimezoneOffset` gives it (UTC+8 is -480), fixed in tests.
 */
export function localDay(at: number, offsetMinutes: number = new Date(at).getTimezoneOffset()): string {
  return new Date(at - offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** A buyer answered at `now`: how long they waited and whether within the client's reply window. */
export function measureFirstReply(buyer: Pick<StoredQueuedBuyer, 'site' | 'since'>, now: number, thresholdSeconds: number): FirstReply {
  const waitedMs = Math.max(0, now - buyer.since);
  return { site: buyer.site, at: now, waitedMs, thresholdSeconds, withinWindow: waitedMs <= thresholdSeconds * 1000 };
}

/**
 * The figures with these replies counted on their local day and client; days older than
 * `RESPONSE_DAYS_KEPT` (counted back from `now`'s day) are dropped, and each day keeps the newest
 * `FIRST_REPLIES_KEPT_PER_DAY` waits (its counts keep counting every reply).
 */
export function addFirstReplies(
  days: readonly ResponseDay[],
  replies: readonly FirstReply[],
  now: number,
  dayOf: (at: number) => string = localDay,
): ResponseDay[] {
  const byKey = new Map(days.map((day) => [`${day.day} ${day.site}`, { ...day, firstReplyMs: [...day.firstReplyMs] }]));
  for (const reply of replies) {
    const day = dayOf(reply.at);
    const key = `${day} ${reply.site}`;
    const current = byKey.get(key) ?? { day, site: reply.site, replies: 0, withinWindow: 0, firstReplyMs: [] };
    current.replies += 1;
    if (reply.withinWindow) current.withinWindow += 1;
    current.firstReplyMs.push(reply.waitedMs);
    if (current.firstReplyMs.length > FIRST_REPLIES_KEPT_PER_DAY) current.firstReplyMs.splice(0, current.firstReplyMs.length - FIRST_REPLIES_KEPT_PER_DAY);
    byKey.set(key, current);
  }
  const oldestKept = dayOf(now - (RESPONSE_DAYS_KEPT - 1) * DAY_MS);
  return [...byKey.values()].filter((day) => day.day >= oldestKept).sort(newestFirst);
}

function newestFirst(a: { day: string; site: string }, b: { day: string; site: string }): number {
  return a.day < b.day ? 1 : a.day > b.day ? -1 : a.site.localeCompare(b.site);
}

/** The middle wait (the mean of the two middle ones for an even count), in whole ms; null for none. */
export function medianMs(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(median);
}

/** One client's day as the console chart and the lead's report carry it: numbers only. */
export function summarizeDay(day: ResponseDay): ResponseSummary {
  return {
    day: day.day,
    site: day.site,
    replies: day.replies,
    withinWindow: day.withinWindow,
    medianFirstReplyMs: medianMs(day.firstReplyMs),
    slowestFirstReplyMs: day.firstReplyMs.length === 0 ? null : Math.max(...day.firstReplyMs),
  };
}

/**
 * The summaries of the last `dayCount` local days (today included), newest day first, one per client
 * that had replies that day; days without any are absent, not zero rows.
 */
export function recentSummaries(
  days: readonly ResponseDay[],
  dayCount: number,
  now: number,
  dayOf: (at: number) => string = localDay,
): ResponseSummary[] {
  const oldest = dayOf(now - (dayCount - 1) * DAY_MS);
  const today = dayOf(now);
  return days
    .filter((day) => day.day >= oldest && day.day <= today)
    .sort(newestFirst)
    .map(summarizeDay);
}
