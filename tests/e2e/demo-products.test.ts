import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { waitForSuggestion } from '../../utils/dev-tools/browser/suggestion-panel';
import { requestFromBackground } from './support/background-request';
import { startExtension } from './support/extension';
import { readLibraryRecord } from './support/library-records';
import { refuseUnroutedNetwork } from './support/network';

/**
 * The demo shop's products on the demo page: nothing reaches the library until 安装示例商品包;
 * installed, the pack and its products are in the library like an imported pack's; the product
 * buyers send product cards; 移除示例商品包 takes it all out again.
 */
describe('demo chat: the demo shop pack and the product buyers', () => {
  let extension: ExtensionBrowser;
  let refusedRequests: string[];

  beforeAll(async () => {
    extension = await startExtension();
    refusedRequests = await refuseUnroutedNetwork(extension.context);
  });
  afterAll(async () => {
    await extension?.close();
  });

  const notice = (page: Page) => page.getByTestId('demo-shop-pack');
  const installedPackIds = async (page: Page) => (await requestFromBackground(page, 'getLibraryStatus', undefined)).packs.map((pack) => pack.id);

  it('installs nothing when the demo opens; it says so and offers 安装示例商品包', async () => {
    const demo = await extension.openExtensionPage('demo.html');
    await expect.poll(() => notice(demo).getAttribute('data-installed')).toBe('false');
    expect(await notice(demo).innerText()).toContain('示例商品包未安装');
    expect(await installedPackIds(demo)).not.toContain('demo-shop');
    await demo.close();
  });

  it('installs the pack with its 24 products on one click, and keeps it across a reload', async () => {
    const demo = await extension.openExtensionPage('demo.html');
    await demo.getByRole('button', { name: '安装示例商品包' }).click();
    await expect.poll(() => notice(demo).getAttribute('data-installed'), { timeout: 20_000 }).toBe('true');
    expect(await notice(demo).innerText()).toContain('示例商品包已安装（24 个商品）');
    expect(await installedPackIds(demo)).toContain('demo-shop');
    const cup = (await readLibraryRecord(extension, 'products', 'demo-shop/儿童316不锈钢保温杯 400ml')) as { facts?: Record<string, string> } | undefined;
    expect(cup?.facts?.保修).toContain('30天内换新');
    await demo.reload();
    await expect.poll(() => notice(demo).getAttribute('data-installed')).toBe('true');
    await demo.close();
  });

  it('shows the buyer\'s product card in the thread and answers the buyer\'s warranty question', async () => {
    const demo = await extension.openExtensionPage('demo.html');
    await demo.locator('.conv-item', { hasText: '商品·保修' }).first().click();
    const card = demo.locator('li.msg.msg--buyer.msg--card .demo-product-card');
    await card.waitFor();
    expect(await card.getAttribute('data-item-id')).toBe('586203941172');
    expect(await card.locator('.demo-product-card__title').innerText()).toContain('儿童316不锈钢保温杯');
    await waitForSuggestion(demo, 'after-sales');
    await demo.close();
  });

  it('removes the pack and its products on 移除示例商品包', async () => {
    const demo = await extension.openExtensionPage('demo.html');
    await demo.getByRole('button', { name: '移除示例商品包' }).click();
    await expect.poll(() => notice(demo).getAttribute('data-installed'), { timeout: 20_000 }).toBe('false');
    expect(await installedPackIds(demo)).not.toContain('demo-shop');
    expect(await readLibraryRecord(extension, 'products', 'demo-shop/儿童316不锈钢保温杯 400ml')).toBeUndefined();
    await demo.close();
  });

  it('sent nothing to the network', () => {
    expect(refusedRequests).toEqual([]);
  });
});
