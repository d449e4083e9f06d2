import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createThreadChangeFeed } from '../../../utils/page/thread-change-feed';
import { isOpenLongestWaitingKey, type WaitingKeyEvent } from '../../../utils/page/waiting-key';
import { startWaitingQueuePage } from '../../../utils/page/waiting-queue-page';
import type { ConversationListReport } from '../../../utils/schemas/waiting-queue';
import { pickSiteAdapter } from '../../../utils/sites/adapter-registry';
import { openSiteFixture, type OpenedSiteFixture } from '../../fixtures/sites/open-site-fixture';
import { expectedConversationReport, QIANNU_CHAT_FRAME, SITE_FIXTURES, type SiteFixtureId } from '../../fixtures/sites/site-fixtures';

/**
 * The waiting queue's page side on the 拼多多 fixture, with a fake background: what the page
 * reports as the agent opens and answers buyers, and Alt+W.
 */

const ALT_W: WaitingKeyEvent = { key: 'w', code: 'KeyW', keyCode: 87, altKey: true, ctrlKey: false, metaKey: false, shiftKey: false, repeat: false, isComposing: false };

describe('Alt+W', () => {
  it('is Alt+W alone, by the physical key too, never held, never while an IME composes', () => {
    expect(isOpenLongestWaitingKey(ALT_W)).toBe(true);
    expect(isOpenLongestWaitingKey({ ...ALT_W, key: '∑' })).toBe(true); // macOS with Alt held
    expect(isOpenLongestWaitingKey({ ...ALT_W, key: 'W', code: 'KeyZ' })).toBe(true); // another layout's W
    expect(isOpenLongestWaitingKey({ ...ALT_W, isComposing: true })).toBe(false);
    expect(isOpenLongestWaitingKey({ ...ALT_W, keyCode: 229 })).toBe(false);
    expect(isOpenLongestWaitingKey({ ...ALT_W, repeat: true })).toBe(false);
    for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey'] as const) expect(isOpenLongestWaitingKey({ ...ALT_W, [modifier]: true })).toBe(false);
    expect(isOpenLongestWaitingKey({ ...ALT_W, altKey: false })).toBe(false);
    expect(isOpenLongestWaitingKey({ ...ALT_W, key: 'q', code: 'KeyQ' })).toBe(false);
  });
});

describe('the waiting queue on a chat page (fixtures/sites/pinduoduo.html)', () => {
  let page: OpenedSiteFixture;
  let reports: ConversationListReport[];
  let openRequests: number;
  let stop: () => void;
  const adapter = pickSiteAdapter(new URL(SITE_FIXTURES.pinduoduo.url));
  const settle = (ms = 700): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

  beforeEach(() => {
    page = openSiteFixture(SITE_FIXTURES.pinduoduo);
    reports = [];
    openRequests = 0;
    stop = startWaitingQueuePage({
      adapter,
      doc: page.document,
      readThread: () => adapter.readThread(page.document),
      threadChanges: createThreadChangeFeed(),
      messenger: {
        reportConversationList: async (report) => {
          reports.push(report);
          return { ok: true };
        },
        openLongestWaiting: async () => {
          openRequests += 1;
          return { opened: true };
        },
      },
      onError: (where, error) => {
        throw new Error(`${where}: ${String(error)}`);
      },
    });
  });
  afterEach(() => {
    stop();
    page.close();
  });

  function keydown(init: KeyboardEventInit): KeyboardEvent {
    const event = new page.window.KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
    page.document.querySelector('#replyTextarea')?.dispatchEvent(event);
    return event;
  }

  it('reports the list on load: who waits, why and since when, names and times only', () => {
    expect(reports).toEqual([expectedConversationReport('pinduoduo', { loadedAt: page.window.siteFixture.loadedAt, listTimes: true })]);
    const sent = JSON.stringify(reports);
    for (const words of ['这个能便宜点吗', '收到的衣服有个破洞', '什么时候发货呀']) expect(sent).not.toContain(words);
  });

  it('reports again when the agent opens a buyer, and the reply takes them off the queue', async () => {
    adapter.findConversationRow?.(page.document, '6620031')?.click();
    await settle();
    const opened = reports.at(-1)?.entries.find((entry) => entry.key === '6620031');
    expect(opened).toMatchObject({ waiting: true, source: 'client-marker', open: true });

    const box = page.document.querySelector<HTMLTextAreaElement>('#replyTextarea');
    if (!box) throw new Error('no reply box');
    box.value = '亲，今天就发';
    box.dispatchEvent(new page.window.Event('input', { bubbles: true }));
    page.document.querySelector<HTMLElement>('.send-btn')?.click();
    await settle();
    expect(reports.at(-1)?.entries.find((entry) => entry.key === '6620031')).toEqual(expect.objectContaining({ waiting: false, open: true }));
    expect(reports.at(-1)?.entries.filter((entry) => entry.waiting).map((entry) => entry.key)).toEqual(['7730018', '5510042', '9910055']);
  });

  it('Alt+W asks the worker for the longest-waiting buyer, and takes the key from the page', () => {
    const event = keydown({ key: 'w', code: 'KeyW', altKey: true });
    expect(openRequests).toBe(1);
    expect(event.defaultPrevented).toBe(true);
    expect(keydown({ key: 'w', code: 'KeyW', altKey: true, isComposing: true }).defaultPrevented).toBe(false);
    expect(keydown({ key: 'w', code: 'KeyW' }).defaultPrevented).toBe(false);
    expect(openRequests).toBe(1);
    stop();
    keydown({ key: 'w', code: 'KeyW', altKey: true });
    expect(openRequests).toBe(1);
  });
});

describe.each(['feige', 'kuaishou', 'jd-dongdong', 'qianniu'] as SiteFixtureId[])('%s: what the page reports at load', (site) => {
  it('the list, the open conversation waiting by its last message where the list says nothing', () => {
    const fixture = site === 'qianniu' ? QIANNU_CHAT_FRAME : SITE_FIXTURES[site];
    const page = openSiteFixture(fixture);
    const adapter = pickSiteAdapter(new URL(fixture.url));
    const reports: ConversationListReport[] = [];
    const stop = startWaitingQueuePage({
      adapter,
      doc: page.document,
      readThread: () => adapter.readThread(page.document),
      threadChanges: createThreadChangeFeed(),
      messenger: { reportConversationList: async (report) => void reports.push(report), openLongestWaiting: async () => undefined },
      onError: () => undefined,
    });
    try {
      expect(reports).toEqual([expectedConversationReport(site, { loadedAt: page.window.siteFixture.loadedAt, listTimes: true })]);
    } finally {
      stop();
      page.close();
    }
  });
});

describe('千牛’s shell around its chat frame', () => {
  it('reports nothing: it shows no list and no conversation (the chat frame reports)', () => {
    const page = openSiteFixture(SITE_FIXTURES.qianniu);
    const adapter = pickSiteAdapter(new URL(SITE_FIXTURES.qianniu.url));
    const reports: ConversationListReport[] = [];
    const stop = startWaitingQueuePage({
      adapter,
      doc: page.document,
      readThread: () => adapter.readThread(page.document),
      threadChanges: createThreadChangeFeed(),
      messenger: { reportConversationList: async (report) => void reports.push(report), openLongestWaiting: async () => undefined },
      onError: () => undefined,
    });
    stop();
    page.close();
    expect(reports).toEqual([]);
  });
});
