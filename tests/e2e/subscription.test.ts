import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { requestFromBackground } from './support/background-request';
import { startExtension } from './support/extension';

const PACK_URL = 'https://packs.example.test/team/tea-shop.json';
const PACK_BODY = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'packs', 'tea-shop.json'));
const ETAG = '"tea-shop-1.0.0"';

interface SeenRequest {
  method: string;
  headers: Record<string, string>;
}

/**
 * An agent subscribes to the lead's pack on a static host that sends CORS headers (served here
 * through Playwright's routing), previews the first version, applies it, and the next check
 * costs a 304.
 */
describe('an agent subscribes to the team pack by URL', () => {
  let extension: ExtensionBrowser;
  let page: Page;
  const seen: SeenRequest[] = [];

  beforeAll(async () => {
    extension = await startExtension();
    await extension.context.route(PACK_URL, async (route) => {
      const request = route.request();
      const headers = await request.allHeaders();
      seen.push({ method: request.method(), headers });
      const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag, Last-Modified' };
      if (headers['if-none-match'] === ETAG) return route.fulfill({ status: 304, headers: { ...cors, ETag: ETAG } });
      return route.fulfill({ status: 200, headers: { ...cors, 'Content-Type': 'application/json', ETag: ETAG }, body: PACK_BODY });
    });
    page = await extension.openExtensionPage('options.html#subscription');
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('previews the pack at the URL, applies it on 应用更新, and the phrases are in the library', async () => {
    await page.getByTestId('subscription-url').fill(PACK_URL);
    await page.getByTestId('subscription-save').click();
    await expect.poll(() => page.getByTestId('subscription-notice').textContent()).toContain('已保存');

    await page.getByTestId('subscription-check').click();
    await page.getByTestId('subscription-pending').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('subscription-pending-counts').textContent()).toContain('新增 6 条');
    expect(seen[0]).toMatchObject({ method: 'GET' });
    expect(seen[0]?.headers.cookie).toBeUndefined();
    const before = await requestFromBackground(page, 'getLibraryStatus', undefined);
    expect(before.packs.map((pack) => pack.id)).not.toContain('tea-shop');

    await page.getByTestId('subscription-apply').click();
    await page.locator('[data-testid="subscription-status"][data-status="applied"]').waitFor({ timeout: 15_000 });
    const after = await requestFromBackground(page, 'getLibraryStatus', undefined);
    expect(after.packs.find((pack) => pack.id === 'tea-shop')).toMatchObject({ version: '1.0.0', source: PACK_URL });
    const found = await requestFromBackground(page, 'searchPhrases', { query: '礼盒', limit: 50 });
    expect(found.some((phrase) => phrase.uid.startsWith('tea-shop/'))).toBe(true);
  });

  it('checks again with If-None-Match and a 304 changes nothing', async () => {
    await page.getByTestId('subscription-check').click();
    await page.locator('[data-testid="subscription-status"][data-status="unchanged"]').waitFor({ timeout: 15_000 });

    expect(seen).toHaveLength(2);
    expect(seen[1]?.headers['if-none-match']).toBe(ETAG);
    expect(await page.getByTestId('subscription-pending').count()).toBe(0);
  });
});
