import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_ADAPTERS, pickSiteAdapter } from '../../../utils/sites/adapter-registry';
import { demoAdapter } from '../../../utils/sites/demo-adapter';
import { CLIENT_SITE_IDS } from '../../../utils/sites/client-sites';
import { CLIENT_MATCH_PATTERNS } from '../../../utils/schemas/client-match-patterns';
import { SITE_FIXTURES } from '../../fixtures/sites/site-fixtures';

describe('choosing how to read a page', () => {
  it('reads the extension’s own demo page with the demo adapter, which the demo page uses itself: the content script never runs on an extension page', () => {
    expect(demoAdapter.matches(new URL('chrome-extension://abcdefghijklmnop/demo.html'))).toBe(true);
    expect(demoAdapter.matches(new URL('moz-extension://1234-5678/demo.html?scenario=bargaining'))).toBe(true);
    expect(demoAdapter.matches(new URL('https://example.com/demo.html'))).toBe(false);
    for (const pattern of CLIENT_MATCH_PATTERNS) expect(pattern.startsWith('https://'), pattern).toBe(true);
  });

  it('reads each seller client with its own adapter, at the addresses agents use', () => {
    const cases: Array<[string, string]> = [
      ['https://mms.pinduoduo.com/chat-merchant/index.html#/', 'pinduoduo'],
      ['https://im.jinritemai.com/pc_seller_v2/main/workspace', 'feige'],
      ['https://pigeon.jinritemai.com/chat', 'feige'],
      ['https://im.kwaixiaodian.com/workbench', 'kuaishou'],
      ['https://im.kwaixiaodian.com/pc', 'kuaishou'],
      ['https://dongdong.jd.com/', 'jd-dongdong'],
      ['https://shop.jd.com/jdm/kefu/kf-manage-lite', 'jd-dongdong'],
      ['https://qn.taobao.com/home.htm/app-customer-service/toolpage/Message', 'qianniu'],
      ['https://myseller.taobao.com/home.htm/app-customer-service/toolpage/Message', 'qianniu'],
    ];
    for (const [url, id] of cases) expect(pickSiteAdapter(new URL(url)).id, url).toBe(id);
  });

  it('reads every other page with the generic adapter, including pages on a client’s host outside its chat', () => {
    expect(pickSiteAdapter(new URL('https://mms.pinduoduo.com/orders/list')).id).toBe('generic');
    expect(pickSiteAdapter(new URL('https://example.com/demo.html')).id).toBe('generic');
    expect(pickSiteAdapter(new URL('https://evil.example/chat-merchant/?next=https://mms.pinduoduo.com/chat-merchant/')).id).toBe('generic');
    expect(pickSiteAdapter(new URL('chrome-extension://abcdefghijklmnop/popup.html')).id).toBe('generic');
  });
});

describe('the conventions every client adapter keeps', () => {
  it('covers each of the manifest’s client match patterns with exactly one adapter', () => {
    for (const pattern of CLIENT_MATCH_PATTERNS) {
      const url = new URL(pattern.replace(/\*$/, 'chat'));
      const owners = CLIENT_ADAPTERS.filter((adapter) => adapter.matches(url));
      expect(owners.map((adapter) => adapter.id), pattern).toHaveLength(1);
    }
  });

  it('has a committed fixture served at an address the adapter claims', () => {
    for (const adapter of CLIENT_ADAPTERS) {
      const fixture = SITE_FIXTURES[adapter.id as keyof typeof SITE_FIXTURES];
      expect(fixture, `tests/fixtures/sites/ has no fixture for ${adapter.id}`).toBeDefined();
      expect(adapter.matches(new URL(fixture.url)), fixture.url).toBe(true);
    }
  });

  it('is listed in the README’s supported-clients section with what is verified', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
    const section = readme.split('## 支持的客服平台 / Supported clients')[1]?.split(/\n## /)[0] ?? '';
    expect(section, 'README.md needs a "## 支持的客服平台 / Supported clients" section').not.toBe('');
    for (const adapter of CLIENT_ADAPTERS) expect(section, adapter.id).toContain(`\`${adapter.id}\``);
  });
});

describe('the client list settings name the clients by', () => {
  it('is exactly the registry’s client adapters, in order', () => {
    expect([...CLIENT_SITE_IDS]).toEqual(CLIENT_ADAPTERS.map((adapter) => adapter.id));
  });
});
