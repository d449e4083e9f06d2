import { browser } from 'wxt/browser';
import { recordCaughtError } from '../diagnostics/install-error-log';
import { callPageIn } from '../messaging/page-client';
import type { ConversationListReport, ResponseSummary, WaitingQueueView } from '../schemas/waiting-queue';
import type { StoredQueuedBuyer, WaitingQueueState } from '../schemas/waiting-queue-state';
import { loadResponseDays, updateResponseDays } from '../settings/response-figures-store';
import { loadSettings } from '../settings/settings-store';
import { loadWaitingQueue, updateWaitingQueue } from '../settings/waiting-queue-store';
import { applyReport, dropTab, type ReportOrigin } from '../waiting-queue/apply-report';
import { queueView } from '../waiting-queue/queue-view';
import { addFirstReplies, measureFirstReply, recentSummaries } from '../waiting-queue/response-figures';
import { thresholdSecondsFor, type ThresholdOverrides } from '../waiting-queue/wait-level';
import { updateActionBadge } from './action-badge';

/** The floor tick of the badge while buyers wait: chat tabs in the background report late (throttled timers). */
export const WAITING_QUEUE_ALARM = 'waiting-queue-tick';
/** Chrome's shortest alarm period (30 s since Chrome 120; older versions round it up to a minute). */
export const WAITING_QUEUE_TICK_MINUTES = 0.5;
/** The console chart's span when the request names none. */
export const DEFAULT_FIGURE_DAYS = 7;

export type OpenOutcome = { opened: true } | { opened: false; reason: 'empty' | 'tab-gone' | 'row-not-found' };

export interface WaitingQueueService {
  /** One chat list's reading (a frame of a tab): the queue, the day's figures, the badge follow. */
  report(origin: ReportOrigin, report: ConversationListReport): Promise<void>;
  /** A tab closed: its buyers leave, unanswered. */
  dropTab(tabId: number): Promise<void>;
  /** The queue now, longest wait first. */
  view(): Promise<WaitingQueueView>;
  /**
   * Alt+W on a chat page, the manifest command, a row of the popup's or the bar's queue: brings up
   * the tab and window of that buyer (else the longest-waiting one) and asks the page to open the
   * conversation. Never throws: what went wrong is the answer.
   */
  open(buyer?: { site: string; key: string }): Promise<OpenOutcome>;
  /** The agent's own figures for the last `days` days, newest first. */
  figures(days?: number): Promise<ResponseSummary[]>;
  /** The badge (and whether the alarm ticks) from the stored queue, at now. */
  tick(): Promise<void>;
}

export interface WaitingQueueDeps {
  now(): number;
}

async function thresholds(): Promise<ThresholdOverrides> {
  return (await loadSettings()).waitThresholdsBySite;
}

const sameBuyer = (a: { site: string; key: string }, b: { site: string; key: string }): boolean => a.site === b.site && a.key === b.key;

const isNoChatPage = (error: unknown): boolean => error instanceof Error && error.name === 'NoChatPageError';

export function createWaitingQueue({ now }: WaitingQueueDeps = { now: Date.now }): WaitingQueueService {
  /** Whether the tick alarm is known to exist; unknown after a restart, so asked once. */
  let ticking: boolean | undefined;

  async function keepTicking(on: boolean): Promise<void> {
    if (ticking === on) return;
    if (on) {
      // Idempotent: an alarm survives the worker's restarts; creating it again would restart its period.
      if (!(await browser.alarms.get(WAITING_QUEUE_ALARM))) {
        await browser.alarms.create(WAITING_QUEUE_ALARM, { delayInMinutes: WAITING_QUEUE_TICK_MINUTES, periodInMinutes: WAITING_QUEUE_TICK_MINUTES });
      }
    } else {
      // Nobody waits: the worker is not woken every 30 s for nothing.
      await browser.alarms.clear(WAITING_QUEUE_ALARM);
    }
    ticking = on;
  }

  /**
   * The badge and the tick follow the queue as it now stands. Best effort once the queue is
   * stored: a badge or alarm that failed is logged, and the next report or tick tries again.
   */
  async function show(state: WaitingQueueState, at: number): Promise<void> {
    try {
      const view = queueView(state.buyers, await thresholds(), at);
      await updateActionBadge({ waitingPastHalf: view.pastHalf, waitingRed: view.buyers.some((buyer) => buyer.level === 'red') });
      await keepTicking(state.buyers.length > 0);
    } catch (error) {
      recordCaughtError('background', error, 'waiting-queue-badge');
    }
  }

  async function askToOpen(buyer: StoredQueuedBuyer): Promise<boolean> {
    const ask = async (frameId: number | undefined): Promise<boolean> => {
      try {
        return (await callPageIn({ tabId: buyer.tabId, frameId }, 'openConversation', { key: buyer.key })).opened;
      } catch (error) {
        if (!isNoChatPage(error)) recordCaughtError('background', error, 'open-waiting-buyer');
        return false;
      }
    };
    if (await ask(buyer.frameId)) return true;
    // A list frame replaced since it reported (reloaded, so a new frame id): every frame of the tab.
    return buyer.frameId !== 0 && (await ask(undefined));
  }

  /** Brings the buyer's tab to the front in its window, and the window to the front; false when the tab is gone. */
  async function bringUp(buyer: StoredQueuedBuyer): Promise<boolean> {
    let windowId = buyer.windowId;
    try {
      // Neither call needs the `tabs` permission.
      const tab = await browser.tabs.update(buyer.tabId, { active: true });
      // The tab may have been dragged to another window since it reported.
      windowId = tab?.windowId ?? windowId;
    } catch {
      return false;
    }
    try {
      await browser.windows?.update(windowId, { focused: true });
    } catch {
      // Firefox for Android has no windows; the tab is in front either way.
    }
    return true;
  }

  async function removeTab(tabId: number): Promise<void> {
    const { state } = await updateWaitingQueue((current) => ({ state: dropTab(current, tabId), result: null }));
    await show(state, now());
  }

  return {
    async report(origin, report) {
      const at = now();
      const { state, result: answered } = await updateWaitingQueue((current) => {
        const outcome = applyReport(current, origin, report, at);
        return { state: outcome.state, result: outcome.answered };
      });
      if (answered.length > 0) {
        const overrides = await thresholds();
        const replies = answered.map((buyer) => measureFirstReply(buyer, at, thresholdSecondsFor(buyer.site, overrides)));
        await updateResponseDays((days) => addFirstReplies(days, replies, at));
      }
      await show(state, at);
    },

    dropTab: removeTab,

    async view() {
      return queueView((await loadWaitingQueue()).buyers, await thresholds(), now());
    },

    async open(named) {
      try {
        const state = await loadWaitingQueue();
        const view = queueView(state.buyers, await thresholds(), now());
        const rows = named ? view.buyers.filter((row) => sameBuyer(row, named)) : view.buyers;
        const goneTabs = new Set<number>();
        let outcome: OpenOutcome = { opened: false, reason: rows.length === 0 ? 'empty' : 'tab-gone' };
        for (const row of rows) {
          const buyer = state.buyers.find((stored) => sameBuyer(stored, row));
          if (!buyer || goneTabs.has(buyer.tabId)) continue;
          if (!(await bringUp(buyer))) {
            // A tab closed while the worker slept (its onRemoved missed): the next-longest wait instead.
            goneTabs.add(buyer.tabId);
            continue;
          }
          outcome = (await askToOpen(buyer)) ? { opened: true } : { opened: false, reason: 'row-not-found' };
          break;
        }
        for (const tabId of goneTabs) await removeTab(tabId);
        return outcome;
      } catch (error) {
        recordCaughtError('background', error, 'open-waiting-buyer');
        return { opened: false, reason: 'row-not-found' };
      }
    },

    async figures(days = DEFAULT_FIGURE_DAYS) {
      return recentSummaries(await loadResponseDays(), days, now());
    },

    async tick() {
      await show(await loadWaitingQueue(), now());
    },
  };
}

/** The worker's one queue (the command, the page's Alt+W and the popup all reach this one). */
export const waitingQueue: WaitingQueueService = createWaitingQueue();
