import { afterEach, describe, expect, it } from 'vitest';
import { pickSiteAdapter } from '../../../utils/sites/adapter-registry';
import { readsThroughFallback } from '../../../utils/sites/generic-fallback';
import { fixturePageHtml } from '../../fixtures/pages/load-fixture-page';
import { SITE_FIXTURES } from '../../fixtures/sites/site-fixtures';
import { openPage, openSiteFixture, type OpenedSiteFixture } from '../../fixtures/sites/open-site-fixture';

const PINDUODUO_URL = new URL(SITE_FIXTURES.pinduoduo.url);

describe('when a client changes its page: the generic adapter takes over, and says so', () => {
  let page: OpenedSiteFixture | null = null;
  afterEach(() => {
    page?.close();
    page = null;
  });

  it('reads a page the site selectors no longer fit with the generic adapter, marked as such', () => {
    // 拼多多's address, but a page of a shape its adapter has never seen.
    page = openPage(fixturePageHtml('generic-chat.html'), PINDUODUO_URL.href, false);
    const changed = page.document;
    const adapter = pickSiteAdapter(PINDUODUO_URL);
    const thread = adapter.readThread(changed);
    expect(adapter.id).toBe('pinduoduo');
    expect(thread?.site).toBe('generic');
    expect(thread?.messages.at(-1)).toEqual({ role: 'buyer', text: '这个颜色显黑吗[捂脸]', id: '1005' });
    expect(readsThroughFallback(adapter.id, thread)).toBe(true);
    // The reply box too: the page's only one, found by the generic rules.
    expect(adapter.findInput(changed)).toBe(changed.querySelector('textarea.reply-editor'));
  });

  it('does not report a fallback while the client’s own adapter reads the page', () => {
    page = openSiteFixture(SITE_FIXTURES.pinduoduo);
    const adapter = pickSiteAdapter(PINDUODUO_URL);
    const thread = adapter.readThread(page.document);
    expect(thread?.site).toBe('pinduoduo');
    expect(readsThroughFallback(adapter.id, thread)).toBe(false);
  });

  it('does not report a fallback when nothing could be read at all, or on pages that only have the generic adapter', () => {
    expect(readsThroughFallback('pinduoduo', null)).toBe(false);
    page = openPage('<!doctype html><p>正在加载…</p>', PINDUODUO_URL.href, false);
    expect(pickSiteAdapter(PINDUODUO_URL).readThread(page.document)).toBeNull();
    expect(readsThroughFallback('generic', { site: 'generic', messages: [] })).toBe(false);
  });

  it('falls back instead of failing when the site adapter throws on a half-rendered page', () => {
    page = openSiteFixture(SITE_FIXTURES.pinduoduo);
    const list = page.document.querySelector('#msgListContainer .msg-list');
    // A page script that broke the DOM API the adapter relies on.
    Object.defineProperty(list, 'querySelectorAll', { value: () => { throw new Error('detached'); } });
    const adapter = pickSiteAdapter(PINDUODUO_URL);
    const thread = adapter.readThread(page.document);
    expect(thread?.site).toBe('generic');
    expect(readsThroughFallback(adapter.id, thread)).toBe(true);
  });
});
