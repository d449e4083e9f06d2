import type { RemoveListenerCallback } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { LibraryDb } from '../db/library-db';
import { recordCaughtError } from '../diagnostics/install-error-log';
import { handleBackgroundRequest } from '../messaging/background-handlers';
import { applySubscription, checkSubscription, setSubscription, subscriptionView, type SubscriptionDeps } from '../subscription/check-subscription';
import type { SubscriptionView } from '../schemas/subscription-state';
import { subscriptionStore } from '../subscription/subscription-store';
import { updateActionBadge } from './action-badge';

export const SUBSCRIPTION_ALARM = 'pack-subscription-check';
/** Often enough that a fix reaches every agent within the hour; a 304 costs the host nothing. */
export const SUBSCRIPTION_PERIOD_MINUTES = 60;

/**
 * The subscription's requests from the options page and its periodic check. Call synchronously
 * at the top of the worker: the alarm that wakes a stopped worker is dispatched only to
 * listeners that exist by then.
 */
export function serveSubscriptionRequests(db: LibraryDb, ensureSeeded: () => Promise<void>): RemoveListenerCallback[] {
  const deps: SubscriptionDeps = { db, store: subscriptionStore };
  // One check at a time: the alarm and 立即检查 may meet, and both write the same state.
  let running: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const next = running.then(task, task);
    running = next.catch(() => undefined);
    return next;
  };
  const check = () =>
    serially(async () => {
      await ensureSeeded();
      return badged(await checkSubscription(deps));
    });

  const checkInBackground = () => {
    check().catch((error: unknown) => recordCaughtError('background', error, 'subscription-check'));
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SUBSCRIPTION_ALARM) checkInBackground();
  });
  browser.runtime.onStartup.addListener(checkInBackground);
  // Created at every start (not only on install): an alarm survives restarts, but not a profile reset.
  void browser.alarms.get(SUBSCRIPTION_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(SUBSCRIPTION_ALARM, { delayInMinutes: 1, periodInMinutes: SUBSCRIPTION_PERIOD_MINUTES });
  });

  return [
    handleBackgroundRequest('getSubscription', () => subscriptionView(deps)),
    handleBackgroundRequest('setSubscription', (data) => serially(() => setSubscription(deps, data))),
    handleBackgroundRequest('checkSubscription', () => check()),
    handleBackgroundRequest('applySubscription', () =>
      serially(async () => {
        await ensureSeeded();
        return badged(await applySubscription(deps));
      }),
    ),
  ];
}

/**
 * The toolbar button says an update waits (agents rarely open the options page); cleared once
 * it is applied. Best effort: a browser without badges still shows it on the options page. The
 * badge is shared with the waiting queue (utils/worker/action-badge.ts), whose count goes first.
 */
async function badged(view: SubscriptionView): Promise<SubscriptionView> {
  await updateActionBadge({ updatePending: Boolean(view.pending) }).catch(() => undefined);
  return view;
}
