import { afterEach, describe, expect, it } from 'vitest';
import { conversationListEntrySchema } from '../../../utils/schemas/waiting-queue';
import { pickSiteAdapter } from '../../../utils/sites/adapter-registry';
import type { SiteAdapter } from '../../../utils/sites/site-adapter';
import { openSiteFixture, type OpenedSiteFixture } from '../../fixtures/sites/open-site-fixture';
import {
  expectedConversationList,
  LIST_TIMES_OFF,
  QIANNU_CHAT_FRAME,
  SITE_FIXTURE_LISTS,
  SITE_FIXTURES,
  type SiteFixtureId,
} from '../../fixtures/sites/site-fixtures';

/**
 * Each stock client's conversation list, read from its fixture at the client's address by the
 * adapter the extension ships (the generic fallback around it): who is listed, who waits and by
 * which of the client's rules, since when — and, in the variant that prints no times, no `since`.
 */

const SITES = Object.keys(SITE_FIXTURES) as SiteFixtureId[];

let page: OpenedSiteFixture;
afterEach(() => page.close());

/** The page that holds the list: 千牛's chat sits in its own frame, read by the script in that frame. */
function openList(site: SiteFixtureId, query = ''): { adapter: SiteAdapter; doc: Document } {
  const fixture = site === 'qianniu' ? QIANNU_CHAT_FRAME : SITE_FIXTURES[site];
  page = openSiteFixture({ file: fixture.file, url: fixture.url + query });
  return { adapter: pickSiteAdapter(new URL(fixture.url)), doc: page.document };
}

function readList(adapter: SiteAdapter, doc: Document) {
  if (!adapter.readConversationList) throw new Error(`${adapter.id} reads no conversation list`);
  return adapter.readConversationList(doc);
}

/** Types into the fixture's reply box the way its editor model learns text, then presses 发送. */
async function replyAndSend(site: SiteFixtureId, adapter: SiteAdapter, doc: Document, text: string): Promise<void> {
  const view = doc.defaultView as Window & typeof globalThis;
  const input = adapter.findInput(doc);
  if (!input) throw new Error('no reply box');
  if (input instanceof view.HTMLTextAreaElement) {
    Object.getOwnPropertyDescriptor(view.HTMLTextAreaElement.prototype, 'value')?.set?.call(input, text);
    input.dispatchEvent(new view.Event('input', { bubbles: true }));
  } else if (site === 'kuaishou') {
    input.replaceChildren(Object.assign(doc.createElement('p'), { textContent: text }));
    await new Promise((resolve) => setTimeout(resolve, 0)); // the Quill stand-in's observer
  } else {
    input.textContent = text;
    input.dispatchEvent(new view.Event('input', { bubbles: true }));
  }
  adapter.findSendButton(doc)?.click();
}

describe.each(SITES)('%s: the conversation list (fixtures/sites)', (site) => {
  it('reads every buyer of the list, who waits and why, and since when the row says', () => {
    const { adapter, doc } = openList(site);
    const entries = readList(adapter, doc);
    expect(entries).toEqual(expectedConversationList(site, { loadedAt: page.window.siteFixture.loadedAt, listTimes: true }));
    expect(entries.filter((entry) => entry.waiting).length).toBeGreaterThanOrEqual(3);
    for (const entry of entries) expect(conversationListEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('reads the variant that prints no times the same, without `since`', () => {
    const { adapter, doc } = openList(site, LIST_TIMES_OFF);
    expect(readList(adapter, doc)).toEqual(expectedConversationList(site, { loadedAt: page.window.siteFixture.loadedAt, listTimes: false }));
  });

  it('finds each row by its key, and clicking it opens that buyer’s conversation', () => {
    const { adapter, doc } = openList(site);
    const listOnly = SITE_FIXTURE_LISTS[site][2];
    if (!listOnly) throw new Error('fixture list too short');
    const row = adapter.findConversationRow?.(doc, listOnly.key);
    expect(row).toBeTruthy();
    row?.click();
    const thread = adapter.readThread(doc);
    expect(thread?.messages.at(-1)?.role).toBe('buyer');
    expect(readList(adapter, doc).find((entry) => entry.open)?.key).toBe(listOnly.key);
    expect(adapter.findConversationRow?.(doc, 'nobody-in-this-list')).toBeNull();
  });

  it('a reply in a conversation takes its buyer off the waiting list', async () => {
    const { adapter, doc } = openList(site);
    const waiting = SITE_FIXTURE_LISTS[site].find((row) => row.source && !row.open);
    if (!waiting) throw new Error('no waiting buyer besides the open one');
    page.window.siteFixture.switchConversation(waiting.id);
    await replyAndSend(site, adapter, doc, '亲，在的');
    expect(page.window.siteFixture.sends()).toBe(1);
    const entry = readList(adapter, doc).find((candidate) => candidate.key === waiting.key);
    expect(entry).toMatchObject({ key: waiting.key, waiting: false, open: true });
    expect(entry?.source).toBeUndefined();
  });

  it('reads a renamed list as empty, without throwing', () => {
    const { adapter, doc } = openList(site);
    for (const row of doc.querySelectorAll('[class*="chat-item"], [data-qa-id="qa-conversation-chat-item"], .SessionBaseCard, .alluser-item, [class*="conversationItem"]')) {
      row.className = 'renamed-row';
      row.removeAttribute('data-qa-id');
      row.removeAttribute('data-kora');
    }
    expect(readList(adapter, doc)).toEqual([]);
    expect(adapter.findConversationRow?.(doc, SITE_FIXTURE_LISTS[site][0]?.key ?? '')).toBeNull();
  });
});

describe('opening a conversation reads it, as the clients do', () => {
  it('拼多多: the unread count goes, the overdue marker stays until the agent replies', () => {
    const { adapter, doc } = openList('pinduoduo');
    adapter.findConversationRow?.(doc, '5510042')?.click();
    adapter.findConversationRow?.(doc, '9910055')?.click();
    const entries = readList(adapter, doc);
    expect(entries.find((entry) => entry.key === '5510042')).toMatchObject({ waiting: false });
    expect(entries.find((entry) => entry.key === '9910055')).toMatchObject({ waiting: true, source: 'client-marker', open: true });
  });

  it('clicks the inner row 拼多多 listens on, which reaches a listener on the outer box', () => {
    const { adapter, doc } = openList('pinduoduo');
    expect(adapter.findConversationRow?.(doc, '6620031')?.matches('li.chat-item')).toBe(true);
  });
});
