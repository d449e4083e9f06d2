import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { callBackground as callFromPopup } from '../../../utils/messaging/background-client';
import { callBackground as callFromPage } from '../../../utils/messaging/page-background-client';
import { backgroundMessenger } from '../../../utils/messaging/background-messenger';
import type { ConversationListEntry } from '../../../utils/schemas/waiting-queue';
import { saveSettings } from '../../../utils/settings/settings-store';
import { BADGE_AMBER, BADGE_RED, BADGE_UPDATE, updateActionBadge } from '../../../utils/worker/action-badge';
import { serveWaitingQueue } from '../../../utils/worker/serve-waiting-queue';
import { createWaitingQueue, WAITING_QUEUE_ALARM } from '../../../utils/worker/waiting-queue-service';
import { readErrorLog } from '../../../utils/diagnostics/error-log';
import { useChromeRuntimeMessaging, type FakeSender } from '../../entrypoints/background/chrome-runtime-messaging';

/**
 * The waiting queue in the worker, through the messages chat pages and the popup send. Chat tabs
 * report their conversation lists; the clock is the test's. Tab 11 shows 飞鸽 in window 1, tab 22
 * 快手 in window 2; 千牛's list is in frame 7 of tab 44.
 */
const T0 = Date.UTC(2026, 11, 6, 2, 0, 0);
const SEC = 1000;
let clock = T0;
let sender: FakeSender = {};
let stop: Array<() => void> = [];

const FEIGE = { tab: { id: 11, windowId: 1 }, frameId: 0 };
const KUAISHOU = { tab: { id: 22, windowId: 2 }, frameId: 0 };
const QIANNIU_LIST = { tab: { id: 44, windowId: 1 }, frameId: 7 };
const POPUP: FakeSender = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` };

const waiting = (key: string, extra: Partial<ConversationListEntry> = {}): ConversationListEntry => ({ key, name: `买家${key}`, waiting: true, source: 'client-group', ...extra });
const answered = (key: string): ConversationListEntry => ({ key, name: `买家${key}`, waiting: false });

/** The content script of `from` reports its list, at `at`. */
async function report(from: FakeSender, site: string, entries: ConversationListEntry[], at = clock) {
  clock = at;
  sender = { id: fakeBrowser.runtime.id, url: 'https://im.jinritemai.com/pc_seller_v2/main/workspace', ...from };
  return callFromPage('reportConversationList', { site, entries });
}

async function queueFromPopup(at = clock) {
  clock = at;
  sender = POPUP;
  return callFromPopup('getWaitingQueue');
}

/** The badge as the agent sees it: its text and its colour (as the hex the worker set; the browser answers RGBA). */
const badge = async () => {
  const [r, g, b] = (await fakeBrowser.action.getBadgeBackgroundColor({})) as number[];
  const hex = [r, g, b].map((channel) => (channel ?? 0).toString(16).padStart(2, '0')).join('');
  return { text: await fakeBrowser.action.getBadgeText({}), color: `#${hex}` };
};

const NO_RECEIVER = new Error('Could not establish connection. Receiving end does not exist.');

/** Chrome's tabs: `update` fails for a closed tab; `windowOf` says where each open tab is now. */
function tabs(windowOf: Record<number, number>) {
  const update = vi.spyOn(fakeBrowser.tabs, 'update').mockImplementation((async (tabId: number) => {
    const windowId = windowOf[tabId];
    if (windowId === undefined) throw new Error(`No tab with id: ${tabId}.`);
    return { id: tabId, windowId } as Browser.tabs.Tab;
  }) as unknown as typeof fakeBrowser.tabs.update);
  const focus = vi.spyOn(fakeBrowser.windows, 'update');
  return { update, focus };
}

/** What each frame's content script answers to openConversation (frame → opened), in @webext-core's wire format. */
function pages(opens: (tabId: number, frameId: number | undefined) => boolean | Error) {
  // (The demo page's bridge, tried when no content script answers, hears nothing from these tabs.)
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, _message: unknown, options?: { frameId?: number }) => {
    const answer = opens(tabId, options?.frameId);
    if (answer instanceof Error) throw answer;
    return { res: { opened: answer } };
  }) as unknown as typeof fakeBrowser.tabs.sendMessage);
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
  sender = POPUP;
  useChromeRuntimeMessaging(() => sender);
  stop = serveWaitingQueue(createWaitingQueue({ now: () => clock }));
});
afterEach(() => {
  for (const remove of stop) remove();
  backgroundMessenger.removeAllListeners();
  vi.restoreAllMocks();
});

describe('chat tabs reporting their lists', () => {
  it('make one queue across clients, tabs and windows, longest wait first, on each client’s clock', async () => {
    await report(FEIGE, 'feige', [waiting('f1'), answered('f2')], T0);
    await report(KUAISHOU, 'kuaishou', [waiting('k1', { since: T0 - 60 * SEC }), waiting('k2')], T0 + 10 * SEC);

    const queue = await queueFromPopup(T0 + 30 * SEC);

    expect(queue.buyers.map(({ site, key, tabId, windowId, waitedMs }) => ({ site, key, tabId, windowId, waitedMs }))).toEqual([
      { site: 'kuaishou', key: 'k1', tabId: 22, windowId: 2, waitedMs: 90_000 },
      { site: 'feige', key: 'f1', tabId: 11, windowId: 1, waitedMs: 30_000 },
      { site: 'kuaishou', key: 'k2', tabId: 22, windowId: 2, waitedMs: 20_000 },
    ]);
    expect(queue.pastHalf).toBe(1);
  });

  it('answer the chat page with ok, and the bar’s own request for the queue is answered too', async () => {
    await expect(report(FEIGE, 'feige', [waiting('f1')])).resolves.toEqual({ ok: true });
    await expect(callFromPage('getWaitingQueue')).resolves.toMatchObject({ buyers: [expect.objectContaining({ key: 'f1' })] });
  });

  it('are refused from anything but a tab (the popup, the options page), and change nothing', async () => {
    sender = POPUP;
    await expect(callFromPopup('reportConversationList', { site: 'feige', entries: [waiting('f1')] })).rejects.toThrow(/聊天标签页.*chat tab/s);

    expect((await queueFromPopup()).buyers).toEqual([]);
  });

  it('lose no update when two tabs report at once', async () => {
    const feigeSender = { id: fakeBrowser.runtime.id, ...FEIGE };
    const kuaishouSender = { id: fakeBrowser.runtime.id, ...KUAISHOU };
    const both = [feigeSender, kuaishouSender, feigeSender, kuaishouSender];
    let next = 0;
    useChromeRuntimeMessaging(() => both[next++] ?? POPUP);
    await Promise.all([
      callFromPage('reportConversationList', { site: 'feige', entries: [waiting('f1')] }),
      callFromPage('reportConversationList', { site: 'kuaishou', entries: [waiting('k1')] }),
      callFromPage('reportConversationList', { site: 'feige', entries: [waiting('f1'), waiting('f2')] }),
      callFromPage('reportConversationList', { site: 'kuaishou', entries: [waiting('k1'), waiting('k2')] }),
    ]);

    expect((await queueFromPopup()).buyers.map(({ site, key }) => `${site}/${key}`).sort()).toEqual(['feige/f1', 'feige/f2', 'kuaishou/k1', 'kuaishou/k2']);
  });

  it('colour a wait by the client’s reply window the agent set in the console', async () => {
    await saveSettings({ waitThresholdsBySite: { feige: 10 } });
    await report(FEIGE, 'feige', [waiting('f1')], T0);

    expect((await queueFromPopup(T0 + 5 * SEC)).buyers[0]).toMatchObject({ thresholdSeconds: 10, level: 'amber' });
    expect((await queueFromPopup(T0 + 8 * SEC)).buyers[0]).toMatchObject({ level: 'red' });
  });

  it('keep only names, keys, clients, tabs and times in session storage, and nothing in local storage but the figures', async () => {
    await report(FEIGE, 'feige', [waiting('f1', { since: T0 - SEC, open: true })]);

    const session = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(session).filter((key) => key !== 'actionBadge')).toEqual(['waitingQueue']);
    expect(session.waitingQueue).toEqual({
      buyers: [{ site: 'feige', key: 'f1', name: '买家f1', tabId: 11, windowId: 1, frameId: 0, since: T0 - SEC, sinceFrom: 'page', source: 'client-group' }],
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
  it('keep the queue and answer ok when the badge or the alarm fails (logged; the next report tries again)', async () => {
    vi.spyOn(fakeBrowser.alarms, 'create').mockRejectedValue(new Error('alarms unavailable'));

    await expect(report(FEIGE, 'feige', [waiting('f1')])).resolves.toEqual({ ok: true });

    expect((await queueFromPopup()).buyers.map((buyer) => buyer.key)).toEqual(['f1']);
    await vi.waitFor(async () => expect(await readErrorLog()).toEqual([expect.objectContaining({ context: 'background' })]));
  });
});

describe('a buyer leaving the queue', () => {
  it('counts a reply when the tab that showed them waiting shows them answered, with how long they waited', async () => {
    await report(FEIGE, 'feige', [waiting('f1'), waiting('f2')], T0);
    await report(FEIGE, 'feige', [answered('f1'), waiting('f2')], T0 + 100 * SEC);
    await report(FEIGE, 'feige', [answered('f1'), answered('f2')], T0 + 200 * SEC);

    expect((await queueFromPopup()).buyers).toEqual([]);
    sender = POPUP;
    expect(await callFromPopup('getResponseFigures', { days: 7 })).toEqual([
      { day: expect.stringMatching(/^2026-12-0[56]$/), site: 'feige', replies: 2, withinWindow: 1, medianFirstReplyMs: 150_000, slowestFirstReplyMs: 200_000 },
    ]);
  });

  it('counts nothing when the tab closes: its buyers just leave', async () => {
    await report(FEIGE, 'feige', [waiting('f1')]);
    await report(KUAISHOU, 'kuaishou', [waiting('k1')]);

    await fakeBrowser.tabs.onRemoved.trigger(11, { windowId: 1, isWindowClosing: false });

    await vi.waitFor(async () => expect((await queueFromPopup()).buyers.map((buyer) => buyer.key)).toEqual(['k1']));
    sender = POPUP;
    expect(await callFromPopup('getResponseFigures')).toEqual([]);
  });

  it('counts nothing when the buyer is gone from the list without being answered (scrolled away)', async () => {
    await report(FEIGE, 'feige', [waiting('f1')]);
    await report(FEIGE, 'feige', [], T0 + 30 * SEC);

    sender = POPUP;
    expect(await callFromPopup('getResponseFigures')).toEqual([]);
  });
});

describe('the toolbar badge', () => {
  it('counts buyers past half their window, amber, then red once one is past 80 %, and is empty with none', async () => {
    await report(FEIGE, 'feige', [waiting('f1'), waiting('f2', { since: T0 - 100 * SEC })], T0);
    expect(await badge()).toMatchObject({ text: '1', color: BADGE_AMBER });

    clock = T0 + 95 * SEC;
    await fakeBrowser.alarms.onAlarm.trigger({ name: WAITING_QUEUE_ALARM, scheduledTime: clock });
    await vi.waitFor(async () => expect(await badge()).toMatchObject({ text: '2', color: BADGE_RED }));

    await report(FEIGE, 'feige', [answered('f1'), answered('f2')], T0 + 100 * SEC);
    expect((await badge()).text).toBe('');
  });

  it('is kept right by an alarm every 30 s while buyers wait, and the alarm stops when nobody does', async () => {
    await report(FEIGE, 'feige', [waiting('f1')], T0);
    const alarm = await fakeBrowser.alarms.get(WAITING_QUEUE_ALARM);
    expect(alarm).toMatchObject({ periodInMinutes: 0.5 });

    await report(FEIGE, 'feige', [waiting('f1'), waiting('f2')], T0 + 10 * SEC);
    expect(await fakeBrowser.alarms.get(WAITING_QUEUE_ALARM)).toEqual(alarm);

    await report(FEIGE, 'feige', [], T0 + 20 * SEC);
    expect(await fakeBrowser.alarms.get(WAITING_QUEUE_ALARM)).toBeUndefined();
  });

  it('does not answer another feature’s alarm (the team pack check)', async () => {
    await report(FEIGE, 'feige', [waiting('f1')], T0);
    const setBadge = vi.spyOn(fakeBrowser.action, 'setBadgeText');

    await fakeBrowser.alarms.onAlarm.trigger({ name: 'pack-subscription-check', scheduledTime: clock });

    expect(setBadge).not.toHaveBeenCalled();
  });

  it('shows a pending team pack update (↑) when no buyer is past half, and the count over it when one is', async () => {
    await updateActionBadge({ updatePending: true });
    expect(await badge()).toMatchObject({ text: '↑', color: BADGE_UPDATE });

    await report(FEIGE, 'feige', [waiting('f1', { since: T0 - 150 * SEC })], T0);
    expect(await badge()).toMatchObject({ text: '1', color: BADGE_RED });

    await report(FEIGE, 'feige', [answered('f1')], T0 + SEC);
    expect(await badge()).toMatchObject({ text: '↑', color: BADGE_UPDATE });
  });
});

describe('opening a waiting buyer (the page’s Alt+W, the popup’s row)', () => {
  it('brings up the tab and window of the longest-waiting buyer and asks the frame that listed them to open the conversation', async () => {
    await report(FEIGE, 'feige', [waiting('f1')], T0);
    await report(QIANNIU_LIST, 'qianniu', [waiting('q1', { since: T0 - 60 * SEC })], T0 + SEC);
    const { update, focus } = tabs({ 11: 1, 44: 1 });
    const sent = pages(() => true);

    sender = POPUP;
    await expect(callFromPopup('openLongestWaiting')).resolves.toEqual({ opened: true });

    expect(update).toHaveBeenCalledWith(44, { active: true });
    expect(focus).toHaveBeenCalledWith(1, { focused: true });
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent).toHaveBeenCalledWith(44, expect.objectContaining({ type: 'openConversation', data: { key: 'q1' } }), { frameId: 7 });
  });

  it('opens the buyer a row names instead of the longest-waiting one', async () => {
    await report(FEIGE, 'feige', [waiting('f1', { since: T0 - 60 * SEC })], T0);
    await report(KUAISHOU, 'kuaishou', [waiting('k1')], T0);
    const { update, focus } = tabs({ 11: 1, 22: 2 });
    const sent = pages(() => true);

    await expect(callFromPage('openLongestWaiting', { site: 'kuaishou', key: 'k1' })).resolves.toEqual({ opened: true });

    expect(update).toHaveBeenCalledWith(22, { active: true });
    expect(focus).toHaveBeenCalledWith(2, { focused: true });
    expect(sent).toHaveBeenCalledWith(22, expect.objectContaining({ data: { key: 'k1' } }), { frameId: 0 });
  });

  it('focuses the window the tab is in now, when it was dragged to another since it reported', async () => {
    await report(FEIGE, 'feige', [waiting('f1')]);
    const { focus } = tabs({ 11: 5 });
    pages(() => true);

    await callFromPage('openLongestWaiting');

    expect(focus).toHaveBeenCalledWith(5, { focused: true });
  });

  it('asks every frame of the tab when the listing frame no longer opens it (the list frame was reloaded)', async () => {
    await report(QIANNIU_LIST, 'qianniu', [waiting('q1')]);
    tabs({ 44: 1 });
    const sent = pages((_tab, frameId) => (frameId === 7 ? NO_RECEIVER : true));

    await expect(callFromPage('openLongestWaiting')).resolves.toEqual({ opened: true });
    expect(sent).toHaveBeenLastCalledWith(44, expect.objectContaining({ type: 'openConversation' }));
  });

  it('says so when the page cannot find the buyer’s row, after bringing up the tab', async () => {
    await report(FEIGE, 'feige', [waiting('f1')]);
    const { update } = tabs({ 11: 1 });
    pages(() => false);

    await expect(callFromPage('openLongestWaiting')).resolves.toEqual({ opened: false, reason: 'row-not-found' });
    expect(update).toHaveBeenCalled();
    expect(await readErrorLog()).toEqual([]);
  });

  it('skips a tab that closed while the worker slept, drops its buyers, and opens the next-longest wait', async () => {
    await report(FEIGE, 'feige', [waiting('f1', { since: T0 - 90 * SEC }), waiting('f2', { since: T0 - 80 * SEC })], T0);
    await report(KUAISHOU, 'kuaishou', [waiting('k1')], T0);
    const { update } = tabs({ 22: 2 });
    const sent = pages(() => true);

    await expect(callFromPage('openLongestWaiting')).resolves.toEqual({ opened: true });

    expect(update.mock.calls.map(([tabId]) => tabId)).toEqual([11, 22]);
    expect(sent).toHaveBeenCalledWith(22, expect.objectContaining({ data: { key: 'k1' } }), { frameId: 0 });
    expect((await queueFromPopup()).buyers.map((buyer) => buyer.key)).toEqual(['k1']);
  });

  it('answers tab-gone when the named buyer’s tab closed, and empty when nobody waits', async () => {
    await report(FEIGE, 'feige', [waiting('f1')]);
    tabs({});
    pages(() => true);

    await expect(callFromPage('openLongestWaiting', { site: 'feige', key: 'f1' })).resolves.toEqual({ opened: false, reason: 'tab-gone' });
    await expect(callFromPage('openLongestWaiting')).resolves.toEqual({ opened: false, reason: 'empty' });
    await expect(callFromPage('openLongestWaiting', { site: 'feige', key: 'nobody' })).resolves.toEqual({ opened: false, reason: 'empty' });
  });

  it('keeps a page’s failure for the lead’s error log and answers row-not-found, never an error', async () => {
    await report(FEIGE, 'feige', [waiting('f1')]);
    tabs({ 11: 1 });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ err: { message: 'TypeError: adapter broke' } });

    await expect(waitingQueueOpen()).resolves.toEqual({ opened: false, reason: 'row-not-found' });
    await vi.waitFor(async () => expect(await readErrorLog()).toEqual([expect.objectContaining({ type: 'PageRequestFailedError' })]));
  });
});

/** The queue's `open` called directly (as the keyboard command does), with the test's clock. */
function waitingQueueOpen() {
  return createWaitingQueue({ now: () => clock }).open();
}
