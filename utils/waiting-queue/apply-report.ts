import type { ConversationListReport } from '../schemas/waiting-queue';
import { MAX_QUEUED_BUYERS, type StoredQueuedBuyer, type WaitingQueueState } from '../schemas/waiting-queue-state';

/** Where a report came from: the tab (and its window) and the frame of it whose list was read. */
export interface ReportOrigin {
  tabId: number;
  windowId: number;
  frameId: number;
}

export interface ReportOutcome {
  state: WaitingQueueState;
  /**
   * Buyers the reporting list now shows as no longer waiting: the agent answered them. Only these
   * count as first replies — not buyers gone because their tab closed or their row left the list.
   */
  answered: StoredQueuedBuyer[];
}

/** A buyer is one person per client, whichever tabs show them. */
const buyerId = (buyer: { site: string; key: string }): string => `${buyer.site}\u0000${buyer.key}`;

const heldBy = (buyer: StoredQueuedBuyer, origin: ReportOrigin): boolean => buyer.tabId === origin.tabId && buyer.frameId === origin.frameId;

/**
 * One list's report applied to the queue, at `now`:
 * - a waiting buyer not yet queued joins, waiting since the page's time when it shows one, else
 *   since now (first seen); a time ahead of now (a skewed clock) counts as now;
 * - a buyer already queued keeps the earlier of their `since` and the page's time, so an unread
 *   badge that resets, or a page time later than what was seen first, never shortens a wait; they
 *   move to the reporting tab (the same buyer in two tabs is one buyer, kept with the tab that
 *   reported them last);
 * - the buyers this list held and now shows as not waiting leave, answered — except one waiting
 *   by the open thread's last message whose row is not open any more (its badge went when it was
 *   opened; nothing on the list says it was answered): they keep waiting;
 * - the buyers this list held and no longer shows leave, unanswered (scrolled away, filtered, the
 *   client's other view).
 * A list is one frame of one tab: another frame of the same tab (on 千牛 the list may be in a frame)
 * reporting nothing does not empty it.
 */
export function applyReport(state: WaitingQueueState, origin: ReportOrigin, report: ConversationListReport, now: number): ReportOutcome {
  const reported = new Map<string, ConversationListReport['entries'][number]>();
  for (const entry of report.entries) {
    const id = buyerId({ site: report.site, key: entry.key });
    // A list that shows one buyer twice: a waiting row wins over one that is not.
    const seen = reported.get(id);
    if (!seen || (!seen.waiting && entry.waiting)) reported.set(id, entry);
  }

  const answered: StoredQueuedBuyer[] = [];
  const kept: StoredQueuedBuyer[] = [];
  const queued = new Map<string, StoredQueuedBuyer>();
  for (const buyer of state.buyers) {
    const entry = reported.get(buyerId(buyer));
    if (heldBy(buyer, origin)) {
      if (!entry) continue;
      if (!entry.waiting) {
        // Waiting by the open thread's last message: opening the conversation cleared its unread
        // badge, so once it is not open the list cannot tell. Only the thread, open again with
        // the agent's reply last, says the buyer was answered.
        if (buyer.source === 'last-message' && entry.open !== true) kept.push(buyer);
        else answered.push(buyer);
        continue;
      }
    }
    // Another list's buyer (unless this report queues them again, below) stays as it was.
    if (entry?.waiting) queued.set(buyerId(buyer), buyer);
    else kept.push(buyer);
  }

  const joined: StoredQueuedBuyer[] = [];
  for (const [id, entry] of reported) {
    if (!entry.waiting) continue;
    const pageSince = entry.since === undefined ? undefined : Math.min(entry.since, now);
    const before = queued.get(id);
    const fromPage = pageSince !== undefined && (before === undefined || pageSince < before.since);
    joined.push({
      site: report.site,
      key: entry.key,
      name: entry.name,
      tabId: origin.tabId,
      windowId: origin.windowId,
      frameId: origin.frameId,
      since: fromPage ? pageSince : (before?.since ?? now),
      sinceFrom: fromPage ? 'page' : (before?.sinceFrom ?? 'first-seen'),
      source: entry.source ?? before?.source ?? 'unread-badge',
    });
  }

  // Over the cap, the newest arrivals wait outside the stored queue until room is made.
  const buyers = [...kept, ...joined].slice(0, MAX_QUEUED_BUYERS);
  return { state: { buyers }, answered };
}

/** A closed tab's buyers leave the queue, unanswered: nothing says anyone replied to them. */
export function dropTab(state: WaitingQueueState, tabId: number): WaitingQueueState {
  const buyers = state.buyers.filter((buyer) => buyer.tabId !== tabId);
  return buyers.length === state.buyers.length ? state : { buyers };
}
