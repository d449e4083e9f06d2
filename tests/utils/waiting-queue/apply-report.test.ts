import { describe, expect, it } from 'vitest';
import { applyReport, dropTab, type ReportOrigin } from '../../../utils/waiting-queue/apply-report';
import type { ConversationListEntry } from '../../../utils/schemas/waiting-queue';
import { EMPTY_WAITING_QUEUE, type WaitingQueueState } from '../../../utils/schemas/waiting-queue-state';

/**
 * Chat tabs report what their conversation lists show; the queue keeps who waits, in which tab,
 * since when. Times are fixed: T0 is when the first report arrives.
 */
const T0 = Date.UTC(2026, 11, 6, 2, 0, 0);
const SEC = 1000;
const FEIGE_TAB: ReportOrigin = { tabId: 11, windowId: 1, frameId: 0 };
const KUAISHOU_TAB: ReportOrigin = { tabId: 22, windowId: 2, frameId: 0 };

const waiting = (key: string, extra: Partial<ConversationListEntry> = {}): ConversationListEntry => ({ key, name: `买家${key}`, waiting: true, source: 'client-group', ...extra });
const answered = (key: string): ConversationListEntry => ({ key, name: `买家${key}`, waiting: false });

function report(state: WaitingQueueState, origin: ReportOrigin, site: string, entries: ConversationListEntry[], at: number) {
  return applyReport(state, origin, { site, entries }, at);
}

const sinceOf = (state: WaitingQueueState, key: string) => state.buyers.find((buyer) => buyer.key === key)?.since;

describe('a chat list’s report applied to the queue', () => {
  it('queues each waiting buyer with their client, tab, window and frame, and none of the answered ones', () => {
    const { state, answered: replied } = report(EMPTY_WAITING_QUEUE, FEIGE_TAB, 'feige', [waiting('a'), answered('b'), waiting('c', { source: 'unread-badge' })], T0);

    expect(state.buyers).toEqual([
      { site: 'feige', key: 'a', name: '买家a', tabId: 11, windowId: 1, frameId: 0, since: T0, sinceFrom: 'first-seen', source: 'client-group' },
      { site: 'feige', key: 'c', name: '买家c', tabId: 11, windowId: 1, frameId: 0, since: T0, sinceFrom: 'first-seen', source: 'unread-badge' },
    ]);
    expect(replied).toEqual([]);
  });

  it('takes the page’s own time when the list shows one, else the moment the buyer was first seen waiting', () => {
    const { state } = report(EMPTY_WAITING_QUEUE, FEIGE_TAB, 'feige', [waiting('a', { since: T0 - 90 * SEC }), waiting('b')], T0);

    expect(state.buyers.map(({ key, since, sinceFrom }) => ({ key, since, sinceFrom }))).toEqual([
      { key: 'a', since: T0 - 90 * SEC, sinceFrom: 'page' },
      { key: 'b', since: T0, sinceFrom: 'first-seen' },
    ]);
  });

  it('keeps the wait running when the unread badge resets on opening (the buyer still waits, seen later without a badge)', () => {
    const first = report(EMPTY_WAITING_QUEUE, FEIGE_TAB, 'feige', [waiting('a', { source: 'unread-badge' })], T0).state;
    // The agent opened the chat: no badge any more, but the buyer's message is still the last one.
    const later = report(first, FEIGE_TAB, 'feige', [waiting('a', { source: 'last-message', open: true })], T0 + 60 * SEC).state;

    expect(sinceOf(later, 'a')).toBe(T0);
    expect(later.buyers[0]?.source).toBe('last-message');
  });

  it('keeps the earlier time when the page shows one later than when the buyer was first seen', () => {
    const first = report(EMPTY_WAITING_QUEUE, FEIGE_TAB, 'feige', [waiting('a')], T0).state;
    const later = report(first, FEIGE_TAB, 'feige', [waiting('a', { since: T0 + 20 * SEC })], T0 + 30 * SEC).state;

    expect(later.buyers[0]).toMatchObject({ since: T0, sinceFrom: 'first-seen' });
  });

  it('moves the wait back when the page shows an earlier time than when the buyer was first seen', () => {
    const first = report(EMPTY_WAITING_QUEUE, FEIGE_TAB, 'feige', [waiting('a')], T0).state;
    const later = report(first, FEIGE_TAB, 'feige', [waiting('a', { since: T0 - 50 * SEC })], T0 + 10 * SEC).state;

    expect(later.buyers[0]).toMatchObject({ since: T0 - 50 * SEC, sinceFrom: 'page' });
  });

  it('counts a page time ahead of the computer’s clock as now, never as a negative wait', () => {
    const { state } = report(EMPTY_WAITING_QUEUE, FEIGE_TAB, 'feige', [waiting('a', { since: T0 + 5 * 60 * SEC })], T0);

    expect(state.buyers[0]).toMatchObject({ since: T0, sinceFrom: 'page' });
  });

  it('lets a buyer the list now shows as answered leave, as one reply', () => {
    const first = report(EMPTY_WAITING_QUEUE, FEIGE_TAB, 'feige', [waiting('a'), waiting('b')], T0).state;
    const { state, answered: replied } = report(first, FEIGE_TAB, 'feige', [answered('a'), waiting('b')], T0 + 40 * SEC);

    expect(state.buyers.map((buyer) => buyer.key)).toEqual(['b']);
    expect(replied).toEqual([expect.objectContaining({ site: 'feige', key: 'a', since: T0 })]);
  });

  it('keeps a buyer waiting by the open thread’s last message after the agent moves on without replying; their reply, seen open, lets them leave', () => {
    const opened = report(EMPTY_WAITING_QUEUE, FEIGE_TAB, 'jd-dongdong', [waiting('a', { source: 'last-message', open: true })], T0).state;
    // The agent opens another conversation: a's row shows no badge and is not open.
    const movedOn = report(opened, FEIGE_TAB, 'jd-dongdong', [answered('a'), waiting('b', { source: 'last-message', open: true })], T0 + 30 * SEC);
    expect(movedOn.state.buyers.map(({ key, since }) => [key, since])).toEqual([
      ['a', T0],
      ['b', T0 + 30 * SEC],
    ]);
    expect(movedOn.answered).toEqual([]);
    // Back in a's conversation, the agent replies: the open row is not waiting.
    const replied = report(movedOn.state, FEIGE_TAB, 'jd-dongdong', [{ ...answered('a'), open: true }, answered('b')], T0 + 60 * SEC);
    expect(replied.answered.map(({ key }) => key)).toEqual(['a']);
    expect(replied.state.buyers.map(({ key }) => key)).toEqual(['b']);
  });

  it('lets a buyer the list no longer shows leave without counting a reply (scrolled away, filtered)', () => {
    const first = report(EMPTY_WAITING_QUEUE, FEIGE_TAB, 'feige', [waiting('a'), waiting('b')], T0).state;
    const { state, answered: replied } = report(first, FEIGE_TAB, 'feige', [waiting('b')], T0 + 40 * SEC);

    expect(state.buyers.map((buyer) => buyer.key)).toEqual(['b']);
    expect(replied).toEqual([]);
  });

  it('keeps the other tabs’ buyers untouched by one tab’s report', () => {
    const feige = report(EMPTY_WAITING_QUEUE, FEIGE_TAB, 'feige', [waiting('a')], T0).state;
    const both = report(feige, KUAISHOU_TAB, 'kuaishou', [waiting('k1', { since: T0 - 10 * SEC })], T0 + 5 * SEC).state;
    const { state, answered: replied } = report(both, FEIGE_TAB, 'feige', [], T0 + 10 * SEC);

    expect(state.buyers.map(({ site, key, tabId }) => ({ site, key, tabId }))).toEqual([{ site: 'kuaishou', key: 'k1', tabId: 22 }]);
    expect(replied).toEqual([]);
  });

  it('keeps one buyer shown in two tabs once, with the tab that reported them last and the earlier time', () => {
    const otherFeigeTab: ReportOrigin = { tabId: 33, windowId: 3, frameId: 0 };
    const first = report(EMPTY_WAITING_QUEUE, FEIGE_TAB, 'feige', [waiting('a')], T0).state;
    const { state } = report(first, otherFeigeTab, 'feige', [waiting('a')], T0 + 30 * SEC);

    expect(state.buyers).toEqual([expect.objectContaining({ key: 'a', tabId: 33, windowId: 3, since: T0 })]);
  });

  it('leaves a buyer held by another tab alone when this tab shows them answered or not at all (that tab will say)', () => {
    const otherFeigeTab: ReportOrigin = { tabId: 33, windowId: 3, frameId: 0 };
    const first = report(EMPTY_WAITING_QUEUE, FEIGE_TAB, 'feige', [waiting('a')], T0).state;
    const { state, answered: replied } = report(first, otherFeigeTab, 'feige', [answered('a')], T0 + 30 * SEC);

    expect(state.buyers).toEqual([expect.objectContaining({ key: 'a', tabId: 11 })]);
    expect(replied).toEqual([]);
  });

  it('tells the same nickname on two clients apart: a buyer is a client and a key', () => {
    const first = report(EMPTY_WAITING_QUEUE, FEIGE_TAB, 'feige', [waiting('小王')], T0).state;
    const { state } = report(first, KUAISHOU_TAB, 'kuaishou', [waiting('小王')], T0 + SEC);

    expect(state.buyers.map(({ site, key }) => `${site}/${key}`)).toEqual(['feige/小王', 'kuaishou/小王']);
  });

  it('does not let another frame of the same tab (千牛’s top page without the list) empty the list frame’s buyers', () => {
    const listFrame: ReportOrigin = { tabId: 44, windowId: 1, frameId: 7 };
    const topFrame: ReportOrigin = { tabId: 44, windowId: 1, frameId: 0 };
    const first = report(EMPTY_WAITING_QUEUE, listFrame, 'qianniu', [waiting('q1')], T0).state;
    const { state } = report(first, topFrame, 'qianniu', [], T0 + SEC);

    expect(state.buyers).toEqual([expect.objectContaining({ key: 'q1', tabId: 44, frameId: 7 })]);
  });

  it('reads a buyer listed twice in one report once, waiting if either row says so', () => {
    const { state } = report(EMPTY_WAITING_QUEUE, FEIGE_TAB, 'feige', [answered('a'), waiting('a')], T0);

    expect(state.buyers).toEqual([expect.objectContaining({ key: 'a' })]);
  });

  it('takes the latest name the list shows for a queued buyer', () => {
    const first = report(EMPTY_WAITING_QUEUE, FEIGE_TAB, 'feige', [waiting('id-1', { name: '旧昵称' })], T0).state;
    const { state } = report(first, FEIGE_TAB, 'feige', [waiting('id-1', { name: '新昵称' })], T0 + SEC);

    expect(state.buyers[0]?.name).toBe('新昵称');
  });
});

describe('a closed tab', () => {
  it('takes its buyers out of the queue, and only its own', () => {
    const feige = report(EMPTY_WAITING_QUEUE, FEIGE_TAB, 'feige', [waiting('a')], T0).state;
    const both = report(feige, KUAISHOU_TAB, 'kuaishou', [waiting('k1')], T0).state;

    expect(dropTab(both, FEIGE_TAB.tabId).buyers.map((buyer) => buyer.key)).toEqual(['k1']);
    expect(dropTab(both, 999)).toBe(both);
  });
});
