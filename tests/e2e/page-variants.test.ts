import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { tabIdOf } from '../../utils/dev-tools/browser/extension-control';
import { QIANNU_CHAT_FRAME, SITE_FIXTURES, siteFixtureHtml, type SiteFixtureId } from '../fixtures/sites/site-fixtures';
import { PAGE_VARIANTS, siteVariant, type PageVariant } from '../fixtures/sites/variants/site-variants';
import { startExtension } from './support/extension';
import { refuseUnroutedNetwork } from './support/network';

/**
 * Each client's page variants (hashed classes with an extra wrapper, a moved reply box, a
 * virtualised list), served at the client's real address, read by the shipped build: the popup
 * answers the buyer's last message, and no page is recorded as changed. 千牛's variants are of
 * its chat frame, served as the frame inside the stock top page.
 */

const LAST_BUYER_TEXT: Record<SiteFixtureId, string> = {
  pinduoduo: '这个能便宜点吗？买两件包邮吗',
  feige: '能便宜点吗？两个一起拍多少钱',
  kuaishou: '能不能再便宜点？我买三件',
  'jd-dongdong': '有优惠吗？能便宜点不',
  qianniu: '包邮吗？能便宜点吗',
};

const CASES = (Object.keys(LAST_BUYER_TEXT) as SiteFixtureId[]).flatMap((client) => PAGE_VARIANTS.map((variant) => ({ client, variant })));

/** Routes each address to the page the current case wants there. */
async function serveVariants(context: BrowserContext, current: () => { client: SiteFixtureId; variant: PageVariant }): Promise<void> {
  const hosts = new Set([...Object.values(SITE_FIXTURES), QIANNU_CHAT_FRAME].map((page) => new URL(page.url).host));
  await context.route(
    (url) => hosts.has(url.host),
    (route) => {
      const url = route.request().url();
      const { client, variant } = current();
      const variantPage = siteVariant(client, variant);
      const file = url === variantPage.url ? variantPage.file : url === SITE_FIXTURES.qianniu.url ? SITE_FIXTURES.qianniu.file : null;
      return file ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: siteFixtureHtml(file) }) : route.fulfill({ status: 404, body: '' });
    },
  );
}

describe('the page variants each client must survive, read by the shipped build', () => {
  let extension: ExtensionBrowser;
  let current: { client: SiteFixtureId; variant: PageVariant } = CASES[0]!;

  beforeAll(async () => {
    extension = await startExtension();
    await refuseUnroutedNetwork(extension.context);
    await serveVariants(extension.context, () => current);
  });
  afterAll(async () => {
    await extension?.close();
  });

  it.each(CASES)('$client, $variant: the popup answers the buyer on screen, with no page-changed notice', async (testCase) => {
    current = testCase;
    const chat = await extension.context.newPage();
    await chat.goto(SITE_FIXTURES[testCase.client].url);
    const popup = await extension.openExtensionPage(`popup.html?tab=${await tabIdOf(extension, chat)}`);
    await expect.poll(() => popup.getByTestId('buyer-turn').textContent(), { timeout: 15_000 }).toContain(LAST_BUYER_TEXT[testCase.client]);
    expect(await popup.getByTestId('page-changed').count()).toBe(0);
    expect(await popup.getByTestId('adapter-fallback').count()).toBe(0);
    await popup.close();
    // The chat stays open: its page-health monitor keeps looking (see the last test).
  });

  it('none of the fifteen pages, left open past the settle time, was recorded as a changed page', async () => {
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    const records = await (await extension.serviceWorker()).evaluate(async () => {
      const { storage } = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await storage.local.get('pageHealthLog')).pageHealthLog ?? [];
    });
    expect(records).toEqual([]);
  });
});
