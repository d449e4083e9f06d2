import { readFile } from 'node:fs/promises';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { tabIdOf } from '../../utils/dev-tools/browser/extension-control';
import { SITE_FIXTURES, siteFixtureHtml } from '../fixtures/sites/site-fixtures';
import { PINDUODUO_UNREADABLE, UNREADABLE_PLANTED } from '../fixtures/sites/variants/site-variants';
import { startExtension } from './support/extension';
import { refuseUnroutedNetwork } from './support/network';

/**
 * A 拼多多 build the shipped adapter cannot read (tests/fixtures/sites/variants/pinduoduo-unreadable.html),
 * served at 拼多多's real address: once the page settled, the content script records the failure
 * locally (client, parts, version, time — no text), the popup on that tab says 页面结构可能已变化,
 * 导出页面结构 saves a structure-only file with none of the buyer details planted in the page,
 * and the console's diagnostics lists the record.
 */

/** The same client at another path of its host, showing the stock page the adapter reads. */
const STOCK_URL = 'https://mms.pinduoduo.com/chat-merchant/stock.html';

async function serve(context: BrowserContext): Promise<void> {
  const bodies = new Map([
    [PINDUODUO_UNREADABLE.url, siteFixtureHtml(PINDUODUO_UNREADABLE.file)],
    [STOCK_URL, siteFixtureHtml(SITE_FIXTURES.pinduoduo.file)],
  ]);
  await context.route('https://mms.pinduoduo.com/**', (route) => {
    const body = bodies.get(route.request().url());
    return body === undefined ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}

describe('a client page that stopped matching its adapter', () => {
  let extension: ExtensionBrowser;

  beforeAll(async () => {
    extension = await startExtension();
    await refuseUnroutedNetwork(extension.context);
    await serve(extension.context);
  });
  afterAll(async () => {
    await extension?.close();
  });

  const readRecords = async (): Promise<unknown[]> =>
    (await extension.serviceWorker()).evaluate(async () => {
      const { storage } = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
      return ((await storage.local.get('pageHealthLog')).pageHealthLog as unknown[] | undefined) ?? [];
    });

  it('is recorded once it settled, says 页面结构可能已变化 in the popup, and exports its structure without a buyer detail', async () => {
    const chat = await extension.context.newPage();
    await chat.goto(PINDUODUO_UNREADABLE.url);

    // Recorded by the content script, once the failure held (a page still loading is not reported).
    await expect.poll(readRecords, { timeout: 20_000 }).toHaveLength(1);
    const [record] = await readRecords();
    expect(record).toEqual({ client: 'pinduoduo', failed: ['messageList', 'input'], genericFallback: false, version: expect.stringMatching(/^\d+\.\d+\.\d+/), time: expect.any(Number), count: 1 });
    const recordText = JSON.stringify(record);
    for (const planted of UNREADABLE_PLANTED) expect(recordText).not.toContain(planted);

    const popup = await extension.openExtensionPage(`popup.html?tab=${await tabIdOf(extension, chat)}`);
    const notice = popup.getByTestId('page-changed');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toContain('页面结构可能已变化');
    expect(await notice.textContent()).toContain('消息列表、回复框');
    expect(await popup.getByTestId('state-no-chat').count()).toBe(0);

    const [download] = await Promise.all([popup.waitForEvent('download'), notice.getByTestId('export-page-structure').click()]);
    expect(download.suggestedFilename()).toMatch(/^huashu-zhushou-page-structure-pinduoduo-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile((await download.path()) ?? '', 'utf8');
    const exported = JSON.parse(text) as { format: number; client: string; root: string; failed: string[] };
    expect(exported).toMatchObject({ format: 1, client: 'pinduoduo', root: 'body', failed: ['messageList', 'input'] });
    for (const planted of UNREADABLE_PLANTED) expect(text).not.toContain(planted);
    expect(text).toMatch(/^[\x20-\x7e\n]*$/); // no Chinese at all: no name, no message
    expect(text).toContain('"composerInput"'); // what a maintainer needs to write the new selectors
    await popup.close();
    await chat.close();
  });

  it('the console’s diagnostics lists the record; the stock page of the same client adds none and shows no notice', async () => {
    const chat = await extension.context.newPage();
    await chat.goto(STOCK_URL);
    const popup = await extension.openExtensionPage(`popup.html?tab=${await tabIdOf(extension, chat)}`);
    await popup.getByTestId('buyer-turn').waitFor({ timeout: 15_000 });
    await popup.getByTestId('export-page-structure').waitFor();
    await popup.waitForTimeout(7_000); // longer than a failure takes to settle
    expect(await popup.getByTestId('page-changed').count()).toBe(0);
    expect(await readRecords()).toHaveLength(1);

    const options = await extension.openExtensionPage('options.html#errors');
    const row = options.getByTestId('page-health-record');
    await row.first().waitFor({ timeout: 15_000 });
    expect(await row.count()).toBe(1);
    expect(await row.first().textContent()).toContain('拼多多商家客服');
    expect(await row.first().textContent()).toContain('消息列表、回复框');
  });
});
