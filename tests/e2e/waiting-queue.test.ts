import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopServiceWorker, tabIdOf } from '../../utils/dev-tools/browser/extension-control';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import type { WaitingQueueView } from '../../utils/schemas/waiting-queue';
import { expectedConversationReport, SITE_FIXTURES, siteFixtureHtml, type SiteFixtureId } from '../fixtures/sites/site-fixtures';
import { requestFromBackground } from './support/background-request';
import { startExtension } from './support/extension';
import { refuseUnroutedNetwork } from './support/network';

/**
 * The waiting queue (#17) end to end: two clients in two tabs report their conversation lists; the
 * worker keeps one queue, longest wait first; Alt+W on one client's page brings up the other
 * client's tab and opens the longest-waiting buyer there by clicking their row; replying takes the
 * buyer off the queue and counts a first reply; a stopped worker keeps the queue; no store holds a
 * word of any conversation.
 */

const SITES: readonly SiteFixtureId[] = ['pinduoduo', 'feige'];
/** Words of the fixtures' conversations, which must never reach any store. */
const CHAT_WORDS = ['收到的衣服有个破洞', '两个一起拍多少钱', '上次买的杯盖有点紧', '这边马上为您处理'];

let extension: ExtensionBrowser;
let refused: string[];
let console: Page;
const pages = new Map<SiteFixtureId, Page>();
const loadedAt = new Map<SiteFixtureId, number>();

async function queue(): Promise<WaitingQueueView> {
  return requestFromBackground(console, 'getWaitingQueue', undefined);
}

/** Every waiting buyer the two pages show at load, longest wait first (all rows carry page times). */
function expectedOrder(): Array<{ site: string; key: string; since: number }> {
  return SITES.flatMap((site) =>
    expectedConversationReport(site, { loadedAt: loadedAt.get(site)!, listTimes: true })
      .entries.filter((entry) => entry.waiting)
      .map((entry) => ({ site, key: entry.key, since: entry.since! })),
  ).sort((a, b) => a.since - b.since);
}

async function waitForQueue(predicate: (view: WaitingQueueView) => boolean, what: string): Promise<WaitingQueueView> {
  const deadline = Date.now() + 20_000;
  let last: WaitingQueueView | undefined;
  while (Date.now() < deadline) {
    last = await queue();
    if (predicate(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`queue never showed ${what}; last: ${JSON.stringify(last?.buyers.map(({ site, key }) => `${site}/${key}`))}`);
}

beforeAll(async () => {
  extension = await startExtension();
  refused = await refuseUnroutedNetwork(extension.context);
  const bodies = new Map<string, string>(SITES.map((site) => [SITE_FIXTURES[site].url, siteFixtureHtml(SITE_FIXTURES[site].file)]));
  const hosts = new Set(SITES.map((site) => new URL(SITE_FIXTURES[site].url).host));
  await extension.context.route(
    (url) => hosts.has(url.host),
    (route) => {
      const body = bodies.get(route.request().url());
      return body === undefined ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    },
  );
  console = await extension.openExtensionPage('options.html');
  for (const site of SITES) {
    const page = await extension.context.newPage();
    await page.goto(SITE_FIXTURES[site].url);
    loadedAt.set(site, await page.evaluate(() => (window as unknown as { siteFixture: { loadedAt: number } }).siteFixture.loadedAt));
    pages.set(site, page);
  }
}, 60_000);

afterAll(async () => {
  await extension?.close();
});

describe('one queue of waiting buyers across two clients in two tabs', () => {
  it('lists every waiting buyer of both clients, longest first, with the right client and the page’s own times', async () => {
    const expected = expectedOrder();
    const view = await waitForQueue((view) => view.buyers.length === expected.length, `${expected.length} buyers`);
    expect(view.buyers.map(({ site, key, since }) => ({ site, key, since }))).toEqual(expected);
    expect(view.buyers.every((buyer) => buyer.sinceFrom === 'page')).toBe(true);
    // The longest wait is a 飞鸽 buyer, so opening it from the 拼多多 tab crosses tabs.
    expect(view.buyers[0]).toMatchObject({ site: 'feige', key: '会砍价的阿姨', thresholdSeconds: 180, level: 'red' });
  });

  it('Alt+W on the 拼多多 page brings up the 飞鸽 tab and opens the longest-waiting buyer by clicking their row', async () => {
    const pinduoduo = pages.get('pinduoduo')!;
    const feige = pages.get('feige')!;
    const feigeTab = await tabIdOf(extension, feige);
    await tabIdOf(extension, pinduoduo); // brings 拼多多 to the front
    const header = () => feige.locator('#topbar-left-info').innerText();
    expect(await header()).toContain('甜甜圈不加糖');

    await pinduoduo.mouse.click(5, 5);
    await pinduoduo.keyboard.press('Alt+KeyW');

    await expect.poll(header, { timeout: 10_000 }).toContain('会砍价的阿姨');
    const worker = await extension.serviceWorker();
    const active = await worker.evaluate(async (tabId) => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: { get(id: number): Promise<{ active: boolean }> } } }).chrome;
      return (await tabs.get(tabId)).active;
    }, feigeTab);
    expect(active).toBe(true);
    // Nothing was sent on either page: opening a conversation is the only click.
    for (const page of pages.values()) {
      expect(await page.evaluate(() => (window as unknown as { siteFixture: { sends(): number } }).siteFixture.sends())).toBe(0);
    }
  });

  it('replying to that buyer takes them off the queue and counts one first reply for 飞鸽', async () => {
    const feige = pages.get('feige')!;
    await feige.locator('textarea[data-qa-id="qa-send-message-textarea"]').fill('亲，您好，这边马上为您处理');
    await feige.locator('[data-qa-id="qa-send-message-button"]').click();
    await waitForQueue((view) => !view.buyers.some((buyer) => buyer.key === '会砍价的阿姨'), '会砍价的阿姨 gone');
    const figures = await requestFromBackground(console, 'getResponseFigures', { days: 7 });
    const feigeToday = figures.find((row) => row.site === 'feige');
    expect(feigeToday).toMatchObject({ replies: 1, withinWindow: 0 });
    expect(feigeToday?.slowestFirstReplyMs).toBeGreaterThanOrEqual(29 * 60_000);
  });

  it('keeps the queue when Chrome stops the service worker', async () => {
    const before = await queue();
    await stopServiceWorker(extension);
    const after = await queue();
    expect(after.buyers.map(({ site, key, since }) => ({ site, key, since }))).toEqual(before.buyers.map(({ site, key, since }) => ({ site, key, since })));
    expect(after.buyers.length).toBe(expectedOrder().length - 1);
  });

  it('keeps no word of any conversation in any store: storage.local, storage.session, IndexedDB', async () => {
    const dump = await console.evaluate(async () => {
      const { storage } = (globalThis as unknown as { chrome: { storage: { local: { get(): Promise<unknown> }; session: { get(): Promise<unknown> } } } }).chrome;
      const parts: unknown[] = [await storage.local.get(), await storage.session.get()];
      for (const { name } of await indexedDB.databases()) {
        if (!name) continue;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        for (const store of db.objectStoreNames) {
          parts.push(
            await new Promise((resolve, reject) => {
              const request = db.transaction(store).objectStore(store).getAll();
              request.onsuccess = () => resolve(request.result);
              request.onerror = () => reject(request.error);
            }),
          );
        }
        db.close();
      }
      return JSON.stringify(parts);
    });
    expect(dump).toContain('小鹿斑比'); // the queue's buyer names are there (positive control)
    for (const words of CHAT_WORDS) expect(dump).not.toContain(words);
    expect(refused).toEqual([]);
  });
});
