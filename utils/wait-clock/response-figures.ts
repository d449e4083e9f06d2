import type { ResponseSummary } from '../schemas/waiting-queue';
import { localDay } from '../waiting-queue/response-figures';


/** The last `count` local days up to `now`'s, oldest first: the chart's axis, days without replies included. */
export function lastDays(now: number, count: number): string[] {
  const today = new Date(now);
  return Array.from({ length: count }, (_, index) =>
    localDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() - (count - 1 - index), 12).getTime()),
  );
}

/** Clients in a stable order: the most replies first, then by id. */
export function sitesByReplies(summaries: readonly ResponseSummary[]): string[] {
  const replies = new Map<string, number>();
  for (const row of summaries) replies.set(row.site, (replies.get(row.site) ?? 0) + row.replies);
  return [...replies.keys()].sort((a, b) => (replies.get(b) ?? 0) - (replies.get(a) ?? 0) || a.localeCompare(b));
}

/** One series per client: how many replies landed within its window on each of `days` (0 on a day without). */
export function withinWindowByDay(summaries: readonly ResponseSummary[], days: readonly string[]): Array<{ site: string; values: number[] }> {
  return sitesByReplies(summaries).map((site) => ({
    site,
    values: days.map((day) => summaries.find((row) => row.site === site && row.day === day)?.withinWindow ?? 0),
  }));
}

/** The table's rows: newest day first, then the clients in the chart's order. */
export function responseTableRows(summaries: readonly ResponseSummary[]): ResponseSummary[] {
  const order = sitesByReplies(summaries);
  return [...summaries].sort((a, b) => b.day.localeCompare(a.day) || order.indexOf(a.site) - order.indexOf(b.site));
}

/** The share of replies within the window, in whole percent; null with no replies. */
export function withinShare(row: Pick<ResponseSummary, 'replies' | 'withinWindow'>): number | null {
  return row.replies === 0 ? null : Math.round((row.withinWindow / row.replies) * 100);
}
