import { afterEach, describe, expect, it } from 'vitest';
import { CLIENT_ADAPTERS } from '../../../utils/sites/adapter-registry';
import { readPageHealth } from '../../../utils/sites/page-health-check';
import type { SiteAdapter } from '../../../utils/sites/site-adapter';
import { openPage, openSiteFixture, type OpenedSiteFixture } from '../../fixtures/sites/open-site-fixture';
import { fixturePageHtml } from '../../fixtures/pages/load-fixture-page';
import type { SiteFixtureId } from '../../fixtures/sites/site-fixtures';
import { PAGE_VARIANTS, PINDUODUO_UNREADABLE, siteVariant, VARIANT_BASES } from '../../fixtures/sites/variants/site-variants';

/**
 * Each client's adapter on the page variants it must survive (tests/fixtures/sites/variants/):
 * renamed hashed classes with an extra wrapper, a moved reply box, a virtualised message list.
 * Every adapter reads all three — the virtualised list's visible rows, since rows keep their own
 * marks whatever is scrolled away — so the health check has nothing to report on any of them.
 */

const CLIENTS = Object.keys(VARIANT_BASES) as SiteFixtureId[];

function adapterOf(client: SiteFixtureId): SiteAdapter {
  const adapter = CLIENT_ADAPTERS.find((candidate) => candidate.id === client);
  if (!adapter) throw new Error(`no adapter for ${client}`);
  return adapter;
}

const opened: OpenedSiteFixture[] = [];
function open(fixture: { file: string; url: string }): OpenedSiteFixture {
  const page = openSiteFixture(fixture);
  opened.push(page);
  return page;
}
afterEach(() => opened.splice(0).forEach((page) => page.close()));

describe.each(CLIENTS)('%s: the page variants', (client) => {
  const adapter = adapterOf(client);
  const baseThread = () => adapter.readThread(open(VARIANT_BASES[client]).document);

  it('renamed hashed classes and an extra wrapper: the same thread as the stock page, and the reply box', () => {
    const page = open(siteVariant(client, 'hashed'));
    const expected = baseThread();
    expect(expected?.messages.length).toBeGreaterThan(3);
    expect(adapter.readThread(page.document)).toEqual(expected);
    expect(adapter.findInput(page.document)).not.toBeNull();
    expect(readPageHealth(adapter, page.document)).toEqual({ status: 'ok', failed: [], genericFallback: false });
  });

  it('a reply box moved into another container: found there, and the thread unchanged', () => {
    const page = open(siteVariant(client, 'moved-input'));
    const input = adapter.findInput(page.document);
    expect(input).not.toBeNull();
    expect(input?.closest('.quick-reply-dock, .dock-bottom, .FloatComposer, .im-editor-dock, .inputDock___3Ww1e')).not.toBeNull();
    expect(adapter.readThread(page.document)).toEqual(baseThread());
    expect(readPageHealth(adapter, page.document).status).toBe('ok');
  });

  it('a virtualised message list: the rows in view, in order, with who said them', () => {
    const page = open(siteVariant(client, 'virtual'));
    const expected = baseThread()?.messages.slice(-3);
    const thread = adapter.readThread(page.document);
    expect(thread?.messages).toEqual(expected);
    expect(thread?.messages.at(-1)?.role).toBe('buyer');
    expect(adapter.findInput(page.document)).not.toBeNull();
    expect(readPageHealth(adapter, page.document).status).toBe('ok');
  });
});

describe('a variant the built-in adapter cannot read (variants/pinduoduo-unreadable.html)', () => {
  it('finds neither the message list nor the reply box, on a page that looks like a chat: changed', () => {
    const page = open(PINDUODUO_UNREADABLE);
    const adapter = adapterOf('pinduoduo');
    expect(adapter.readThread(page.document)).toBeNull();
    expect(readPageHealth(adapter, page.document)).toMatchObject({ status: 'changed', failed: ['messageList', 'input'] });
  });

  it('a page the generic fallback reads instead (使用通用识别) counts as changed too, whatever its structure', () => {
    const page = openPage(fixturePageHtml('generic-chat.html'), 'https://mms.pinduoduo.com/chat-merchant/new-layout.html', false);
    opened.push(page);
    expect(readPageHealth(adapterOf('pinduoduo'), page.document)).toMatchObject({ status: 'changed', genericFallback: true });
  });

  it('a page of the client that is no chat (nothing found, no rows, no reply box) is not reported', () => {
    const page = openPage('<!doctype html><body><h1>店铺设置</h1><form><input type="text" /></form></body>', 'https://mms.pinduoduo.com/chat-merchant/settings.html', false);
    opened.push(page);
    expect(readPageHealth(adapterOf('pinduoduo'), page.document)).toEqual({ status: 'no-chat', failed: ['messageList', 'input'], genericFallback: false });
  });

  it('lists every variant the other tests read', () => {
    expect(PAGE_VARIANTS).toEqual(['hashed', 'moved-input', 'virtual']);
  });
});
